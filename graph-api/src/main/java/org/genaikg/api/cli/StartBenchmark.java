package org.genaikg.api.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.genaikg.api.serve.LocalPorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times {@code kg serve} from the launch of its process to the first correct answer: a cold start on an
 * empty data folder, then a restart on the folder it left with nothing changed. One {@link Run} per
 * start, polled over HTTP every {@value #POLL_MILLIS} ms.
 */
final class StartBenchmark {
    static final long POLL_MILLIS = 100;
    static final String CYPHER_PROBE = "{\"query\": \"MATCH (n:Resource) RETURN count(n) AS n\"}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * A way to start kg: {@code ./kg}, or {@code java -jar other.jar}.
     *
     * @param name how the figures name it
     * @param command the command before {@code serve ...}
     */
    record Launcher(String name, List<String> command) {}

    /**
     * A knowledge base to serve.
     *
     * @param name how the figures name it
     * @param docs its folder; empty for the bundled example
     */
    record KnowledgeBase(String name, Optional<Path> docs) {}

    /**
     * The seconds from the launch of one {@code kg serve} to each moment; null when it never came.
     *
     * @param start {@code cold} (empty data folder) or {@code restart} (the folder a cold start left)
     * @param http the first HTTP answer of any kind
     * @param graph the first {@code /api/stats} with documents in it
     * @param built the first {@code /api/stats} whose build is done (its {@code lastBuild} present, not building)
     * @param cypher the first {@code /api/cypher} answer with nodes
     * @param address the address line on stdout
     * @param stop the seconds from SIGTERM to the end of the process
     * @param correct whether the counts of the first answer with a graph are those of the finished build
     * @param loadBefore the one-minute load average before the launch
     * @param readyLine the line in which kg serve says it is ready, with its own phases
     * @param phases the server's start-up phases ({@code /actuator/info}'s {@code startup}), when it has them
     */
    record Run(KnowledgeBase kb, Launcher launcher, String start, Double http, Double graph, Double built, Double cypher,
               Double address, double stop, boolean correct, double loadBefore, String readyLine, JsonNode phases) {}

    private final Path workDir;
    private final Consumer<Map<String, String>> environment;
    private final Duration timeout;

    StartBenchmark(Path workDir, Consumer<Map<String, String>> environment, Duration timeout) {
        this.workDir = workDir;
        this.environment = environment;
        this.timeout = timeout;
    }

    /** A cold start on {@code dataDir} (which must not hold stores), then a restart on it. */
    List<Run> coldThenRestart(KnowledgeBase kb, Launcher launcher, Path dataDir) {
        List<Run> runs = new ArrayList<>();
        runs.add(run(kb, launcher, "cold", dataDir));
        runs.add(run(kb, launcher, "restart", dataDir));
        return runs;
    }

    private Run run(KnowledgeBase kb, Launcher launcher, String start, Path dataDir) {
        int port = LocalPorts.free(InetAddress.getLoopbackAddress());
        List<String> arguments = new ArrayList<>(List.of("serve", "--data", dataDir.toString(), "--port", String.valueOf(port),
                "--bolt-port", "0"));
        kb.docs().ifPresent(docs -> arguments.addAll(List.of("--docs", docs.toString())));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (ServeProcess serve = ServeProcess.start(launcher.command(), arguments, workDir, environment)) {
            Poll poll = new Poll("http://localhost:" + port);
            while (!(poll.done() && serve.firstLine().isPresent()) && serve.isAlive() && serve.seconds() < timeout.toSeconds()) {
                poll.once(serve::seconds);
                sleep();
            }
            if (!poll.done() || serve.firstLine().isEmpty()) {
                throw new IllegalStateException(String.format("kg serve (%s, %s, %s) gave no complete answer: %s; its stderr:%n%s",
                        kb.name(), launcher.name(), start, serve.isAlive() ? "timed out" : "it ended", serve.stderrText()));
            }
            Double address = serve.firstLine().map(ServeProcess.Line::seconds).orElse(null);
            JsonNode phases = poll.get("/actuator/info").map(info -> info.path("startup")).filter(JsonNode::isObject).orElse(null);
            String ready = serve.stderr().stream().map(ServeProcess.Line::text).filter(line -> line.contains("ready in"))
                    .findFirst().orElse("");
            double stop = serve.stop();
            return new Run(kb, launcher, start, poll.http, poll.graph, poll.built, poll.cypher, address, stop,
                    poll.correct(), load, ready, phases);
        }
    }

    /** What has been seen of one server so far. */
    private static final class Poll {
        private final String base;
        Double http;
        Double graph;
        Double built;
        Double cypher;
        JsonNode firstGraph;
        JsonNode finalGraph;

        Poll(String base) {
            this.base = base;
        }

        boolean done() {
            return graph != null && built != null && cypher != null;
        }

        boolean correct() {
            return firstGraph != null && finalGraph != null
                    && firstGraph.path("classes").equals(finalGraph.path("classes"))
                    && firstGraph.path("relations").equals(finalGraph.path("relations"));
        }

        /** One round of requests; {@code clock} tells the seconds at which an answer arrived. */
        void once(DoubleSupplier clock) {
            Optional<HttpResponse<String>> stats = send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).GET());
            if (stats.isEmpty()) {
                return;
            }
            double seconds = clock.getAsDouble();
            if (http == null) {
                http = seconds;
            }
            if (stats.get().statusCode() == 200) {
                JsonNode body = JSON.readTree(stats.get().body());
                if (graph == null && body.path("documents").asLong() > 0) {
                    graph = seconds;
                    firstGraph = body;
                }
                boolean building = "building".equals(body.path("status").asString(""));
                if (built == null && !body.path("lastBuild").isMissingNode() && !body.path("lastBuild").isNull() && !building) {
                    built = seconds;
                    finalGraph = body;
                }
            }
            if (graph != null && cypher == null) {
                send(HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(CYPHER_PROBE)))
                        .filter(response -> response.statusCode() == 200)
                        .filter(response -> JSON.readTree(response.body()).path("rows").path(0).path("n").asLong() > 0)
                        .ifPresent(response -> cypher = clock.getAsDouble());
            }
        }

        Optional<JsonNode> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET())
                    .filter(response -> response.statusCode() == 200)
                    .map(response -> JSON.readTree(response.body()));
        }

        private static Optional<HttpResponse<String>> send(HttpRequest.Builder request) {
            try {
                return Optional.of(HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException notYet) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
