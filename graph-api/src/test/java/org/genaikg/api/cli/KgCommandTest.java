package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;

class KgCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDocsOptionExitsTwoWithOneLineReason() {
        assertBadArguments(CommandRun.of("build", "--out", dir.resolve("kg.ttl").toString()), "--docs");
    }

    @Test
    void aFolderThatDoesNotExistExitsTwo() {
        assertBadArguments(CommandRun.of("build", "--docs", dir.resolve("nope").toString(), "--out", "kg.ttl"),
                "folder not found");
    }

    @Test
    void anUnknownOutputExtensionExitsTwoNamingTheAcceptedOnes() {
        CommandRun run = CommandRun.of("build", "--docs", dir.toString(), "--out", dir.resolve("kg.json").toString());
        assertBadArguments(run, "unknown output format");
        for (String extension : List.of(".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf")) {
            assertTrue(run.err().contains(extension), run.err());
        }
    }

    @Test
    void anUnknownOptionExitsTwo() {
        assertBadArguments(CommandRun.of("build", "--docs", dir.toString(), "--out", "kg.ttl", "--frobnicate"),
                "Unknown option: '--frobnicate'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "many"})
    void threadsMustBeAPositiveWholeNumber(String threads) {
        assertBadArguments(CommandRun.of("build", "--docs", dir.toString(), "--out", "kg.ttl", "--threads", threads),
                "--threads");
    }

    @Test
    void benchChecksItsArgumentsTheSameWay() {
        assertBadArguments(CommandRun.of("bench", "--docs", dir.toString(), "--copies", "0"), "--copies");
        assertBadArguments(CommandRun.of("bench"), "--docs");
    }

    @Test
    void serveRefusesASparqlStoreOfTheUsersBeforeStartingAnything() {
        assertBadArguments(CommandRun.of("serve", "--docs", dir.toString(), "--sparql-endpoint", "http://localhost:1/ds"),
                "--sparql-endpoint");
    }

    @Test
    void serveRefusesAnAdminTokenOnTheCommandLineWhereEveryLocalUserCanReadIt() {
        CommandRun run = CommandRun.of("serve", "--docs", dir.toString(), "--admin-token", "t0ken-in-argv");

        assertBadArguments(run, ServeCommand.ADMIN_TOKEN_VARIABLE);
        assertTrue(run.err().contains("--admin-token-file"), run.err());
        assertFalse(run.err().contains("t0ken-in-argv"), run.err());
    }

    @Test
    void serveNeedsATokenOnTheFirstLineOfTheTokenFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("token"), "\n");
        assertBadArguments(CommandRun.of("serve", "--docs", dir.toString(), "--admin-token-file", empty.toString()), "is empty");
        assertBadArguments(CommandRun.of("serve", "--docs", dir.toString(), "--admin-token-file", dir.resolve("nope").toString()),
                "file not found");
    }

    @Test
    void serveListensOnlyOnAnAddressThatResolves() {
        assertBadArguments(CommandRun.of("serve", "--docs", dir.toString(), "--host", "no-such-host.invalid"), "--host");
    }

    @Test
    void noCommandExitsTwo() {
        assertBadArguments(CommandRun.of(), "missing command");
    }

    @Test
    void theRootHelpNamesEveryCommandAndExitCode() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        for (String text : List.of("build", "bench", "--version", "--help", "0 ", "1 ", "2 ")) {
            assertTrue(run.out().contains(text), text + " missing from\n" + run.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "bench", "serve", "export", "verify", "report"})
    void eachCommandsHelpExplainsEveryOption(String command) {
        CommandRun run = CommandRun.of(command, "--help");

        assertEquals(0, run.exitCode());
        for (OptionSpec option : KgCommand.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
            if (option.hidden()) {
                continue;
            }
            assertTrue(run.out().contains(option.longestName()), option.longestName() + " missing from\n" + run.out());
            assertTrue(option.description().length > 0 && !option.description()[0].isBlank(), option.longestName());
        }
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("kg (genai-kg) 0."), run.out());
    }

    private static void assertBadArguments(CommandRun run, String reason) {
        assertEquals(KgCommand.BAD_ARGUMENTS, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), "one line on stderr:\n" + run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertEquals("", run.out());
    }
}
