package org.genaikg.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.genaikg.api.ApiClient;
import org.genaikg.api.serve.GraphServer;
import org.genaikg.api.serve.LocalPorts;
import org.genaikg.api.serve.ServeSettings;
import org.genaikg.stores.sync.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A first start of {@code kg serve} (an empty data folder), held in the middle of its first build: the
 * test keeps TDB2's one write transaction (the server shares the dataset in this JVM), so the build has
 * extracted its pages but cannot write them. Meanwhile the API says {@code building} with its progress,
 * readiness is OUT_OF_SERVICE, and the explorer shows a progress bar, never an empty graph; once the
 * write is let through, the start returns, the API says {@code ready}, and the explorer draws the graph.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstBuildTests {
    static final Duration PATIENCE = Duration.ofMinutes(5);
    static final int EXAMPLE_PAGES = 5;

    @TempDir
    static Path data;

    static int port;
    static DatasetGraph tdb;
    static CompletableFuture<GraphServer> server;
    static ApiClient api;
    static Browser browser;

    @BeforeAll
    static void startHeldBeforeItsFirstWrite() {
        tdb = DatabaseMgr.connectDatasetGraph(data.resolve("tdb2").toString());
        tdb.begin(TxnType.WRITE); // the build's write waits for this one
        port = LocalPorts.free(InetAddress.getLoopbackAddress());
        api = new ApiClient(port);
        server = CompletableFuture.supplyAsync(() -> GraphServer.start(new ServeSettings(Optional.empty(), data, ServeSettings.LOOPBACK, port,
                StoreSettings.defaults().withBoltPort(0), false, Optional.empty(), 2, Duration.ofSeconds(30))));
        awaitUntil("the API answers and the build has extracted every page", () -> {
            JsonNode progress = stats().path("progress");
            return progress.path("pagesTotal").asInt() == EXAMPLE_PAGES && progress.path("pagesDone").asInt() == EXAMPLE_PAGES;
        });
    }

    @AfterAll
    static void stop() throws Exception {
        release();
        if (browser != null) {
            browser.close();
        }
        server.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).close();
    }

    @Test
    @Order(1)
    void whileTheFirstBuildRunsStatsSayBuildingWithItsProgress() {
        JsonNode stats = stats();
        assertThat(stats.path("status").asString()).isEqualTo("building");
        assertThat(stats.path("progress").path("pagesDone").asInt()).isEqualTo(EXAMPLE_PAGES);
        assertThat(stats.path("documents").asInt()).isZero();
        assertThat(server).isNotDone();
    }

    @Test
    @Order(2)
    void whileTheFirstBuildRunsReadinessIsOutOfService() {
        HttpResponse<String> readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode health = ApiClient.json(readiness);
        assertThat(health.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(health.path("components").path("graph").path("details").path("building").path("pagesTotal").asInt())
                .isEqualTo(EXAMPLE_PAGES);
        assertThat(api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void onceWrittenTheStartReturnsAndTheGraphIsServed() throws Exception {
        release();
        GraphServer started = server.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(started.url()).hasToString("http://localhost:" + port + "/");
        JsonNode stats = stats();
        assertThat(stats.path("status").asString()).isEqualTo("ready");
        assertThat(stats.path("documents").asInt()).isEqualTo(EXAMPLE_PAGES);
        assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/search?q=clip").body()).contains("CLIP");
    }

    private static JsonNode stats() {
        HttpResponse<String> response = api.get("/api/stats");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static synchronized void release() {
        if (tdb.isInTransaction()) {
            tdb.abort();
            tdb.end();
        }
    }

    private static void awaitUntil(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // the API is still starting
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
