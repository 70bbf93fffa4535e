package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.sync.ScenarioPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kg processes side by side on one machine: a {@code kg serve} in a child JVM, and commands run
 * meanwhile (in this JVM, another process to the child). Commands that need Bolt only for
 * themselves never want the default port; a second process in a data folder in use is refused by
 * name and leaves it intact; a taken Bolt port is named with the option to change it.
 */
class SideBySideProcessesTest {

    @TempDir
    Path dir;

    @Test
    void buildAndVerifyOfAnotherFolderRunBesideServeAndItsFolderIsRefusedUntouched() throws Exception {
        Path served = dir.resolve("served");
        Process serve = startServe(served);
        try {
            Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
            Path other = dir.resolve("other");
            try (ServerSocket defaultBolt = holdDefaultBoltPort()) {
                CommandRun build = CommandRun.of("build", "--docs", docs.toString(), "--data", other.toString(), "-q");
                assertThat(build.exitCode()).as(build.err()).isZero();
                CommandRun verify = CommandRun.of("verify", "--data", other.toString());
                assertThat(verify.exitCode()).as(verify.err()).isZero();

                CommandRun intruder = CommandRun.of("build", "--docs", docs.toString(), "--data", served.toString(), "-q");
                assertThat(intruder.exitCode()).isEqualTo(KgCommand.NOTHING_BUILT);
                assertThat(intruder.errLines()).hasSize(1);
                assertThat(intruder.err()).contains("in use by kg serve (pid " + serve.pid()).contains("--data");
            }
        } finally {
            serve.destroy(); // SIGTERM: serve's shutdown hook stops it cleanly
            assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
        CommandRun verify = CommandRun.of("verify", "--data", served.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }

    @Test
    void serveOnATakenBoltPortNamesThePortAndTheOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedNeo4jOptions.LOOPBACK))) {
            int port = taken.getLocalPort();

            CommandRun serve = CommandRun.of("serve", "--data", dir.resolve("data").toString(), "--port", "0",
                    "--bolt-port", String.valueOf(port));

            assertThat(serve.exitCode()).isEqualTo(KgCommand.BAD_ARGUMENTS);
            assertThat(serve.errLines()).hasSize(1);
            assertThat(serve.err()).contains("Bolt port " + port).contains("--bolt-port");
        }
    }

    /** Takes 7687 unless something else has it already: either way, a command wanting it would fail. */
    private static ServerSocket holdDefaultBoltPort() throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName(EmbeddedNeo4jOptions.LOOPBACK),
                    EmbeddedNeo4jOptions.DEFAULT_BOLT_PORT), 1);
        } catch (IOException takenAlready) {
            // held by another process: as good
        }
        return socket;
    }

    /** {@code kg serve} of the example knowledge base in a child JVM, once it printed its address. */
    private Process startServe(Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KgCommand.class.getName(),
                "serve", "--data", data.toString(), "--port", "0", "--bolt-port", "0", "--threads", "2");
        builder.redirectError(dir.resolve("serve.log").toFile());
        Process serve = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(6, TimeUnit.MINUTES);
        assertThat(first).as("kg serve's address; its log: " + dir.resolve("serve.log")).startsWith("http://localhost:");
        return serve;
    }
}
