package org.genaikg.api.cli;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.genaikg.history.model.RevisionRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which commits of a repository a command walks: {@code --since}, {@code --until}, {@code --branch}, for history and publish alike. */
final class RevisionRangeOptions {
    @Option(names = "--since", paramLabel = "DATE", converter = CliArguments.SinceDate.class,
            description = "Walk only commits committed on or after DATE (2024-03-01, or 2024-03-01T12:00:00Z).")
    OffsetDateTime since;

    @Option(names = "--until", paramLabel = "DATE", converter = CliArguments.UntilDate.class,
            description = "Walk only commits committed on or before DATE (a day includes all of it, in UTC).")
    OffsetDateTime until;

    @Option(names = "--branch", paramLabel = "B", description = "The branch whose first-parent chain is walked (default: HEAD).")
    String branch;

    /** The range these options give; a bad one (--until before --since) is a parameter error of {@code spec}'s command. */
    RevisionRange range(CommandSpec spec) {
        try {
            return new RevisionRange(Optional.ofNullable(branch), Optional.ofNullable(since), Optional.ofNullable(until));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
