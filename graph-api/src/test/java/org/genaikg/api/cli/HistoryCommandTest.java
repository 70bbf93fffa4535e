package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.genaikg.api.history.ThreeCommitHistory;
import org.genaikg.stores.sync.ScenarioPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg history}, {@code kg verify} and {@code kg export --as-of} on a three-commit repository
 * written with JGit (a page added, a second page, the first page deleted), into the default stores.
 */
class HistoryCommandTest {
    private static final String MODELS = ThreeCommitHistory.MODELS;
    private static final String SPEECH = ThreeCommitHistory.SPEECH;

    @TempDir
    static Path dir;
    private static Path repo;
    private static Path data;
    private static final List<String> COMMITS = new ArrayList<>();
    private static final List<Path> FRESH = new ArrayList<>();
    private static CommandRun history;

    @BeforeAll
    static void walkThreeCommits() throws Exception {
        repo = dir.resolve("repo");
        data = dir.resolve("data");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, 1, "models", () -> Files.writeString(repo.resolve("models.md"), MODELS, StandardCharsets.UTF_8));
            commit(git, 2, "speech", () -> Files.writeString(repo.resolve("speech.md"), SPEECH, StandardCharsets.UTF_8));
            commit(git, 3, "models goes", () -> Files.delete(repo.resolve("models.md")));
        }
        history = CommandRun.of("history", "--repo", repo.toString(), "--data", data.toString(), "--bolt-port", "0");
    }

    @Test
    void printsALinePerCommitAndASummary() {
        assertEquals(0, history.exitCode(), history.err());
        assertEquals(3, history.errLines().stream().filter(line -> line.startsWith("commit ")).count(), history.err());
        assertTrue(history.err().contains("commit 1 of 3  2024-01-09 " + COMMITS.get(0).substring(0, 7) + "  1 pages changed"), history.err());
        assertTrue(history.err().contains("commit 3 of 3  2024-01-11 " + COMMITS.get(2).substring(0, 7) + "  1 pages changed"), history.err());
        assertTrue(history.out().contains("commits walked    3"), history.out());
        assertTrue(history.out().contains("walk "), history.out());
    }

    @Test
    void theStoresAgreeOnTheHistory() {
        CommandRun verify = CommandRun.of("verify", "--data", data.toString(), "--bolt-port", "0");
        assertEquals(0, verify.exitCode(), verify.err());
    }

    @Test
    void theGraphAsOfACommitOrADateIsTheDumpOfAFreshBuildOfItsPages() {
        for (int i = 0; i < 3; i++) {
            Path exported = dir.resolve("as-of-" + i + ".nt");
            CommandRun export = CommandRun.of("export", "--data", data.toString(), "--as-of", COMMITS.get(i).substring(0, 8), "--out",
                    exported.toString());
            assertEquals(0, export.exitCode(), export.err());
            assertArrayEquals(ScenarioPages.read(FRESH.get(i)), ScenarioPages.read(exported), "as of commit " + (i + 1));
        }
        Path byDate = dir.resolve("as-of-date.nt");
        assertEquals(0, CommandRun.of("export", "--data", data.toString(), "--as-of", "2024-01-10", "--out", byDate.toString()).exitCode());
        assertArrayEquals(ScenarioPages.read(FRESH.get(1)), ScenarioPages.read(byDate), "as of the day of the second commit");
    }

    @Test
    void anAsOfBeforeTheHistoryOrAnUnknownCommitIsAClearError() {
        CommandRun before = CommandRun.of("export", "--data", data.toString(), "--as-of", "2023-12-31", "--out", dir.resolve("x.nt").toString());
        assertEquals(KgCommand.NOTHING_BUILT, before.exitCode());
        assertTrue(before.err().startsWith("kg export: "), before.err());
        CommandRun unknown = CommandRun.of("export", "--data", data.toString(), "--as-of", "deadbeef", "--out", dir.resolve("y.nt").toString());
        assertEquals(KgCommand.NOTHING_BUILT, unknown.exitCode());
        assertTrue(unknown.err().contains("deadbeef"), unknown.err());
    }

    @Test
    void aRangeWithNoCommitIsAClearError() {
        CommandRun none = CommandRun.of("history", "--repo", repo.toString(), "--data", dir.resolve("other").toString(), "--bolt-port", "0",
                "--since", "2025-01-01");
        assertEquals(KgCommand.NOTHING_BUILT, none.exitCode());
        assertTrue(none.err().contains("no commit"), none.err());
    }

    private interface Change {
        void apply() throws Exception;
    }

    /** Commits the change on day {@code day} after 2024-01-08 and builds a dump of the work tree as it then is. */
    private static void commit(Git git, int day, String message, Change change) throws Exception {
        change.apply();
        PersonIdent who = new PersonIdent("Writer", "writer@example.org", Instant.parse("2024-01-08T10:00:00Z").plusSeconds(86_400L * day),
                ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        COMMITS.add(git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName());
        Path fresh = dir.resolve("fresh-" + day + ".nt");
        CommandRun build = CommandRun.of("build", "--docs", repo.toString(), "--out", fresh.toString(), "-q");
        assertEquals(0, build.exitCode(), build.err());
        FRESH.add(fresh);
    }
}
