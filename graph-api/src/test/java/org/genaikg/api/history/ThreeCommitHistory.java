package org.genaikg.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.genaikg.api.cli.KgCommand;
import picocli.CommandLine;

/**
 * A data folder that a real {@code kg history} wrote from three commits made with JGit, one a day from
 * 2024-01-09 10:00 UTC: a page with Shepherd, a page with HuBERT, the first page deleted.
 *
 * @param data the data folder
 * @param commits the three commits' full ids, oldest first
 */
public record ThreeCommitHistory(Path data, List<String> commits) {
    /** The first commit's page: Shepherd, built on LLaMA. */
    public static final String MODELS = """
            # Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.
            """;
    /** The second commit's page: HuBERT. */
    public static final String SPEECH = """
            # Speech

            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;

    /** Commits the three changes in {@code dir/repo} and walks them into {@code dir/data}. */
    public static ThreeCommitHistory write(Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Path data = dir.resolve("data");
        List<String> commits = new ArrayList<>();
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("models.md"), MODELS, StandardCharsets.UTF_8);
            commits.add(commit(git, 1, "models"));
            Files.writeString(repo.resolve("speech.md"), SPEECH, StandardCharsets.UTF_8);
            commits.add(commit(git, 2, "speech"));
            Files.delete(repo.resolve("models.md"));
            commits.add(commit(git, 3, "models goes"));
        }
        walk(repo, data);
        return new ThreeCommitHistory(data, List.copyOf(commits));
    }

    /** Runs a real {@code kg history} of {@code repo} into {@code data}. */
    public static void walk(Path repo, Path data) {
        StringWriter err = new StringWriter();
        CommandLine kg = KgCommand.commandLine();
        kg.setOut(new PrintWriter(new StringWriter(), true));
        kg.setErr(new PrintWriter(err, true));
        int exit = kg.execute("history", "--repo", repo.toString(), "--data", data.toString(), "--bolt-port", "0", "-q");
        assertThat(exit).as(err.toString()).isZero();
    }

    private static String commit(Git git, int day, String message) throws Exception {
        return commit(git, Instant.parse("2024-01-08T10:00:00Z").plusSeconds(86_400L * day), message);
    }

    /** Commits the work tree as it is (additions and deletions) at {@code when}; its id. */
    public static String commit(Git git, Instant when, String message) throws Exception {
        PersonIdent who = new PersonIdent("Writer", "writer@example.org", when, ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName();
    }
}
