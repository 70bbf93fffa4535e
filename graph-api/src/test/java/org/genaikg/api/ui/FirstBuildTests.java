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
 * write is let through, the start returns, the API says {@code ready} while Neo4j has not even started
 * (Cypher says 503 with Retry-After until Neo4j has caught up with TDB2), and the explorer draws the graph.
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
    void whileTheFirstBuildRunsTheExplorerShowsItsProgressInsteadOfAnEmptyGraph() {
        browser = Browser.open(port, Browser.NO_WEBGL);
        browser.driver.get(browser.base + "/");
        browser.waitFor("#building");
        browser.waitUntil("the progress is shown", () -> String.valueOf(EXAMPLE_PAGES).equals(browser.find("#building").getAttribute("data-done")));
        assertThat(browser.find("#building progress").getAttribute("value")).isEqualTo(String.valueOf(EXAMPLE_PAGES));
        assertThat(browser.find("#building .building-text").getText()).contains(EXAMPLE_PAGES + " pages read");
        assertThat(browser.body("state")).isEqualTo("building");
        assertThat(browser.body("views")).as("no graph view is drawn while there is no graph").isNull();
        assertThat(browser.find("#status").isDisplayed()).as("no count of an empty graph either").isFalse();
        browser.screenshot("first-build-progress");
    }

    @Test
    @Order(4)
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

    @Test
    @Order(5)
    void theGraphIsServedBeforeNeo4jHoldsItThenNeo4jCatchesUp() {
        // the start returned as soon as TDB2 held the graph: Neo4j starts only then
        HttpResponse<String> early = cypherCount();
        assertThat(early.statusCode()).as(early.body()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiClient.json(api.get("/actuator/health/readiness")).path("components").path("graph").path("details")
                .path("neo4j").asString()).isEqualTo("starting");

        int nodes = stats().path("lastBuild").path("nodes").asInt();
        awaitUntil("Neo4j has caught up", () -> cypherCount().statusCode() == 200);
        assertThat(ApiClient.json(cypherCount()).path("rows").path(0).path("n").asInt()).isEqualTo(nodes);
    }

    @Test
    @Order(6)
    void theExplorerThenDrawsTheGraphByItself() {
        browser.waitUntil("the graph is drawn", () -> "ready".equals(browser.body("state")) && browser.views() > 0);
        assertThat(browser.find("#building").isDisplayed()).isFalse();
        assertThat(browser.bodyInt("nodes")).as("the first view drawn has the graph").isPositive();
        assertThat(browser.consoleMessages()).filteredOn(m -> m.startsWith("SEVERE")).isEmpty();
        readmeScreenshot();
    }

    /**
     * The README's picture of the explorer: the example's whole graph with a model's panel open. Taken into
     * target/screenshots/readme-explorer.png; copy it to docs/images/explorer.png when the explorer changes.
     */
    private static void readmeScreenshot() {
        int views = browser.views();
        browser.find("#search").sendKeys("CLIP");
        browser.waitFor("#suggestions .suggestion[data-id]").click();
        browser.waitForViewAfter(views);
        browser.waitFor("#panel .node-label");
        browser.screenshot("readme-explorer");
        assertThat(Path.of("..", "docs", "images", "explorer.png")).as("the README's copy of it").isRegularFile();
    }

    private static JsonNode stats() {
        HttpResponse<String> response = api.get("/api/stats");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static HttpResponse<String> cypherCount() {
        return api.post("/api/cypher", "application/json", "{\"query\": \"MATCH (n:Resource) RETURN count(n) AS n\"}");
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
