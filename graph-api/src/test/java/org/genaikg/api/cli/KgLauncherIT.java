package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.genaikg.api.ApiClient;
import org.genaikg.api.serve.LocalPorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's first command exactly as written: {@code ./kg serve} with no option, run in a folder
 * laid out like a fresh clone (the {@code kg} script at its root, the jar this build packaged where
 * the script builds it), so it takes the default data folder {@code ./kg-data} there, the default port
 * and the bundled example. Runs after {@code package} (failsafe), on the real jar.
 */
class KgLauncherIT {
    static final int DEFAULT_PORT = 8080;
    static final int EXAMPLE_DOCUMENTS = 5;
    static final Duration START = Duration.ofMinutes(10);
    static final Duration REFUSAL = Duration.ofMinutes(3);

    @TempDir
    static Path clone;

    @BeforeAll
    static void cloneLikeFolder() throws IOException {
        Path script = Path.of("..", "kg");
        Path jar = Path.of("target", "genai-kg.jar");
        assertThat(jar).as("the jar is packaged before the integration tests run").isRegularFile();
        Files.copy(script, clone.resolve("kg"), StandardCopyOption.COPY_ATTRIBUTES);
        Path target = Files.createDirectories(clone.resolve("graph-api/target"));
        Files.copy(jar, target.resolve("genai-kg.jar"));
    }

    @Test
    void kgServeAnswersWithTheExampleGraphOnTheDefaultPortFromTheDefaultDataFolder() {
        if (!LocalPorts.isFree(new InetSocketAddress(0).getAddress(), DEFAULT_PORT)) {
            // another program has the port on this machine: then the refusal must be the clear one
            try (ServeProcess serve = kg("serve")) {
                assertThat(serve.waitFor(REFUSAL)).as(serve.stderrText()).isEqualTo(KgCommand.BAD_ARGUMENTS);
                assertThat(serve.stderrText()).contains("--port: " + DEFAULT_PORT + " is in use");
            }
            return;
        }
        try (ServeProcess serve = kg("serve")) {
            awaitFirstLine(serve);
            assertThat(serve.firstLine().orElseThrow().text()).isEqualTo("http://localhost:" + DEFAULT_PORT + "/");
            JsonNode stats = ApiClient.json(new ApiClient(DEFAULT_PORT).get("/api/stats"));
            assertThat(stats.path("documents").asInt()).as(stats.toString()).isEqualTo(EXAMPLE_DOCUMENTS);
            assertThat(clone.resolve("kg-data/tdb2")).isDirectory();
            assertThat(clone.resolve("kg-data/neo4j")).isDirectory();
            assertThat(clone.resolve("kg-data/example-kb/docs")).isDirectory();
            serve.stop();
            assertThat(serve.stderrText()).doesNotContain("Exception");
        }
    }

    @Test
    void kgServeOnAPortInUseSaysWhichPortAndWhichOptionOnOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            try (ServeProcess serve = kg("serve", "--port", String.valueOf(port), "--data", clone.resolve("taken").toString())) {
                assertThat(serve.waitFor(REFUSAL)).as(serve.stderrText()).isEqualTo(KgCommand.BAD_ARGUMENTS);
                assertThat(serve.stderr()).hasSize(1);
                assertThat(serve.stderrText()).startsWith("kg serve: --port: " + port + " is in use by another program; "
                        + "choose another port with --port N");
                assertThat(serve.stdout()).isEmpty();
                assertThat(clone.resolve("taken")).as("nothing was started").doesNotExist();
            }
        }
    }

    @Test
    void kgWithoutACommandNamesTheCommands() {
        try (ServeProcess kg = kg()) {
            assertThat(kg.waitFor(REFUSAL)).isEqualTo(KgCommand.BAD_ARGUMENTS);
            assertThat(kg.stderrText()).startsWith("kg: missing command: use build, serve");
        }
    }

    @Test
    void kgHelpListsEveryCommand() {
        try (ServeProcess kg = kg("--help")) {
            assertThat(kg.waitFor(REFUSAL)).isZero();
            String help = String.join("\n", kg.stdout().stream().map(ServeProcess.Line::text).toList());
            assertThat(help).contains("Usage: kg", "build", "serve", "export", "verify", "report", "bench", "bench-start");
        }
    }

    /** {@code ./kg ARGS} in the clone, as a user with none of kg's environment variables set. */
    private static ServeProcess kg(String... arguments) {
        return ServeProcess.start(List.of("./kg"), List.of(arguments), clone, KgLauncherIT::freshUser);
    }

    private static void freshUser(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("KG_") || name.startsWith("NEO4J_"));
    }

    private static void awaitFirstLine(ServeProcess serve) {
        long deadline = System.nanoTime() + START.toNanos();
        while (serve.firstLine().isEmpty() && serve.isAlive() && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(serve.firstLine()).as("the address line; stderr:\n" + serve.stderrText()).isPresent();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
