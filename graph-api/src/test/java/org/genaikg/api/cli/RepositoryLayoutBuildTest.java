package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build --docs} on a clone of today's repository: its pages only, and the summary says what it took and left out. */
class RepositoryLayoutBuildTest {
    private static final Path REPOSITORY = Path.of("..", "testdata", "layouts", "todays-repository");

    @TempDir
    Path dir;

    @Test
    void aCloneOfTodaysRepositoryBuildsItsDocsFolderWithoutTheExcludedFolders() {
        CommandRun run = CommandRun.of("build", "--docs", REPOSITORY.toString(), "--exclude", "Managenai/", "--exclude", "*/leaked/*",
                "--out", dir.resolve("kg.nt").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(String.format("%-28s%s (the docs/ folder beside package.json, src, public, scripts)%n",
                "pages", REPOSITORY.resolve("docs"))), run.out());
        assertTrue(run.out().contains(String.format(
                "%-28s.* (default), Managenai/ (--exclude), */leaked/* (--exclude): 1 folder, 1 page%n", "excluded")), run.out());
        assertTrue(run.out().matches("(?s).*documents\\s+4\n.*"), run.out());
    }

    @Test
    void withoutExclusionsTheDefaultsArePrinted() {
        CommandRun run = CommandRun.of("build", "--docs", REPOSITORY.toString(), "--out", dir.resolve("kg.nt").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(String.format("%-28s.* (default)%n", "excluded")), run.out());
        assertTrue(run.out().matches("(?s).*documents\\s+6\n.*"), run.out());
    }

    @Test
    void aKgYamlThatCannotBeUsedIsABadArgumentNamingItsLine() throws IOException {
        Files.writeString(dir.resolve("kg.yaml"), "exclude: [drafts/\n");
        Files.writeString(dir.resolve("a.md"), "# A\n");

        CommandRun run = CommandRun.of("build", "--docs", dir.toString(), "--out", dir.resolve("kg.nt").toString());

        assertEquals(KgCommand.BAD_ARGUMENTS, run.exitCode());
        assertTrue(run.err().startsWith("kg build: " + dir.resolve("kg.yaml") + ":2: not valid YAML"), run.err());
    }
}
