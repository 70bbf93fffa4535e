package org.genaikg.api.cli;

import java.util.Arrays;
import org.genaikg.stores.sync.DataFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code kg} command line: builds knowledge graphs from Markdown knowledge bases.
 * Exit codes: 0 success, 1 nothing could be built, 2 bad arguments.
 */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = KgVersion.class,
        description = "Builds a knowledge graph of generative-AI models, papers and concepts from a Markdown knowledge base.",
        subcommands = {BuildCommand.class, ServeCommand.class, HistoryCommand.class, ExportCommand.class, VerifyCommand.class, ReportCommand.class,
            PublishCommand.class, BenchCommand.class, StartBenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:nothing could be built (no Markdown file, every file failed, or an I/O error), or serve could not start",
            "2:bad arguments (the reason is printed on one line)"
        })
public final class KgCommand implements Runnable {
    /** Exit code when nothing could be built. */
    public static final int NOTHING_BUILT = 1;
    /** Exit code for bad arguments. */
    public static final int BAD_ARGUMENTS = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // what a data folder's lock file names as its holder: "kg serve"
        Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .ifPresent(command -> System.setProperty(DataFolderLock.PROCESS_PROPERTY, "kg " + command));
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The command line with the project's error handling: one line per error, typed exit codes. */
    public static CommandLine commandLine() {
        return new CommandLine(new KgCommand())
                .setParameterExceptionHandler(new OneLineErrors())
                .setExecutionExceptionHandler(new OneLineErrors());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: use " + String.join(", ", spec.subcommands().keySet()));
    }
}
