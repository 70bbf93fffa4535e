package org.genaikg.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.cli.KgCommand;
import org.genaikg.history.HistorySource;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The time slider on the real history: {@code kg history} walks the shared bundle from 2025-02-10 to its end
 * (27 commits: pages renamed in bulk on 2025-02-25 at bc1cbf6, a page deleted at c7117b6, the move from MkDocs
 * at 62251c1), a real server serves it, a headless Chromium moves the slider. The graph drawn as of a commit has
 * the nodes SPARQL counts for it; what came and went since the previous stop is what {@code /api/history/changes} says.
 */
@ApiServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealHistoryTimelineBrowserTests {
    /** The commit that renamed pages in bulk, and the next one, which deleted a page. */
    private static final String RENAMES = "bc1cbf6";
    private static final String DELETION = "c7117b6";
    private static final String MKDOCS_REMOVED = "62251c1";

    @TempDir
    static Path dir;
    private static Browser browser;

    @LocalServerPort
    int port;

    /**
     * To iterate on the explorer without walking again: {@code -Dtimeline.walked-data=DIR}, a data folder that
     * this same walk wrote (it is copied, never changed).
     */
    static final String WALKED = "timeline.walked-data";

    @DynamicPropertySource
    static void realHistory(DynamicPropertyRegistry registry) throws IOException {
        Path data = dir.resolve("data");
        registry.add("kg.data-dir", data::toString);
        if (System.getProperty(WALKED) != null) {
            FileSystemUtils.copyRecursively(Path.of(System.getProperty(WALKED)), data);
            // what kg history records at its end (a folder walked before it did so has no record)
            HistorySource.record(data, bundle());
            return;
        }
        StringWriter err = new StringWriter();
        var kg = KgCommand.commandLine();
        kg.setOut(new PrintWriter(new StringWriter(), true));
        kg.setErr(new PrintWriter(err, true));
        int exit = kg.execute("history", "--repo", bundle().toString(), "--since", "2025-02-10", "--data", data.toString(),
                "--bolt-port", "0", "-q");
        assertThat(exit).as(err.toString()).isZero();
    }

    static Path bundle() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path bundle = at.resolve("testdata/history/genai-history.bundle");
            if (Files.isRegularFile(bundle)) {
                return bundle;
            }
        }
        throw new IllegalStateException("testdata/history/genai-history.bundle not found above " + Path.of("").toAbsolutePath());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(port, Browser.NO_WEBGL);
        }
        return browser;
    }

    private JsonNode get(String pathAndQuery) {
        var response = new ApiClient(port).get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private JsonNode revision(String prefix) {
        return StreamSupport.stream(get("/api/history/revisions").path("revisions").spliterator(), false)
                .filter(r -> r.path("commit").asString().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The nodes (sections aside, as the whole graph folds them) that SPARQL says were there at revision {@code n}. */
    private long nodesAt(long n) {
        String query = """
                PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
                SELECT (COUNT(DISTINCT ?node) AS ?nodes) WHERE {
                  ?node gkg:presence ?stay .
                  ?stay gkg:nodeClass ?class ; gkg:firstSeen/gkg:revisionNumber ?first ; gkg:lastSeen/gkg:revisionNumber ?last .
                  FILTER(?class != gkg:Section && ?first <= %d && %d <= ?last)
                }""".formatted(n, n);
        var response = new ApiClient(port).getWithAccept("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).path("results").path("bindings").get(0).path("nodes").path("value").asLong();
    }

    /** The ids of the nodes (sections aside) that {@code /api/history/changes?from=commit} lists as added or removed. */
    private List<String> changed(String commit, String which) {
        return StreamSupport.stream(get("/api/history/changes?from=" + commit).path(which).spliterator(), false)
                .filter(c -> c.hasNonNull("nodeClass") && !"Section".equals(c.path("nodeClass").asString()))
                .map(c -> c.path("id").asString()).distinct().sorted().toList();
    }

    /** The ids of the nodes drawn with the class {@code mark} ({@code added}, {@code removed}; "" for every node), from the view's JSON export. */
    private List<String> drawn(String mark) {
        return StreamSupport.stream(ApiClient.json(browser.exportedView()).path("elements").spliterator(), false)
                .filter(e -> "nodes".equals(e.path("group").asString()))
                .filter(e -> mark.isEmpty() || StreamSupport.stream(e.path("classes").spliterator(), false).anyMatch(c -> mark.equals(c.asString())))
                .map(e -> e.path("data").path("id").asString()).sorted().toList();
    }

    @Test
    @Order(1)
    void theSliderAndTheGrowthChartAreShownWhenTheGraphHasAHistory() {
        Browser page = browser();
        page.load("/");
        page.waitUntil("the history is read", () -> "yes".equals(page.body("history")));
        assertThat(page.waitFor("#timeline .time-range").getAttribute("max")).isEqualTo("26");
        assertThat(page.find("#timeline .time-commit").getText()).startsWith("7b7c0be · 2026-");
        page.waitUntil("the growth chart is drawn", () -> page.body("growthMonths") != null);
        assertThat(page.bodyInt("growthMonths")).isEqualTo(get("/api/history/growth").path("months").size()).isPositive();
        assertThat(page.findAll("#timeline .growth-chart canvas")).isNotEmpty();
        assertThat(page.find("#timeline .growth-chart .u-legend").getText()).contains("models", "papers", "concepts", "relations");
    }

    @Test
    @Order(2)
    void aDeepLinkDrawsTheGraphAsOfThatCommit() {
        Browser page = browser();
        JsonNode moved = revision(MKDOCS_REMOVED);
        page.load("/?asOf=" + MKDOCS_REMOVED);
        page.waitUntil("the graph as of " + MKDOCS_REMOVED, () -> moved.path("commit").asString().equals(page.body("asOf")));
        assertThat(page.bodyInt("asOfNodes")).isEqualTo(nodesAt(moved.path("number").asLong())).isPositive();
        assertThat(drawn("").size() - drawn("removed").size()).isEqualTo(page.bodyInt("asOfNodes"));
        assertThat(page.find("#timeline .time-commit").getText()).startsWith(MKDOCS_REMOVED + " · 2026-05-16");
        assertThat(page.find("#status").getText()).contains("as of commit " + MKDOCS_REMOVED);
    }

    @Test
    @Order(3)
    void theSliderMovedByKeyboardRedrawsTheGraphWithWhatCameAndWentMarked() {
        Browser page = browser();
        JsonNode before = revision(RENAMES);
        JsonNode deletion = revision(DELETION);
        page.load("/?asOf=" + RENAMES);
        page.waitUntil("the graph as of " + RENAMES, () -> before.path("commit").asString().equals(page.body("asOf")));
        assertThat(page.bodyInt("asOfNodes")).isEqualTo(nodesAt(before.path("number").asLong()));
        // the rename commit against the one before it: what the renames added and removed
        assertThat(drawn("added")).isEqualTo(changed(RENAMES, "added"));
        assertThat(drawn("removed")).isEqualTo(changed(RENAMES, "removed"));
        page.screenshot("timeline-renames");

        int views = page.views();
        page.find("#timeline .time-range").sendKeys(Keys.ARROW_RIGHT);
        page.waitForViewAfter(views);
        page.waitUntil("the graph as of " + DELETION, () -> deletion.path("commit").asString().equals(page.body("asOf")));
        assertThat(page.driver.getCurrentUrl()).contains("asOf=" + DELETION);
        assertThat(page.bodyInt("asOfNodes")).isEqualTo(nodesAt(deletion.path("number").asLong()));
        assertThat(page.body("comparedWith")).isEqualTo(before.path("commit").asString());
        List<String> removed = changed(DELETION, "removed");
        assertThat(removed).as("the deletion removed nodes").isNotEmpty();
        assertThat(drawn("removed")).isEqualTo(removed);
        assertThat(drawn("added")).isEqualTo(changed(DELETION, "added"));
        assertThat(page.bodyInt("removedNodes")).isEqualTo(removed.size());
        assertThat(page.find("#timeline .time-counts").getText()).contains("since " + RENAMES, "−" + removed.size() + " nodes");
        page.screenshot("timeline-deletion");
    }

    @Test
    @Order(4)
    void nowLeavesTheHistoryForTheGraphAsItIs() {
        Browser page = browser();
        int views = page.views();
        page.find("#timeline .time-now").click();
        page.waitForViewAfter(views);
        assertThat(page.driver.getCurrentUrl()).doesNotContain("asOf=");
        assertThat(page.body("asOf")).isNull();
        assertThat(page.bodyInt("nodes")).isEqualTo(nodesAt(revision("7b7c0be").path("number").asLong()));
        assertThat(drawn("removed")).isEmpty();
    }

    @Test
    @Order(5)
    void aCommitTheHistoryDoesNotHoldIsSaidAndTheGraphAsItIsDrawn() {
        Browser page = browser();
        page.load("/?asOf=abcdef0");
        assertThat(page.waitFor("#toast").getText()).contains("No commit of the history starts with abcdef0");
        assertThat(page.driver.getCurrentUrl()).doesNotContain("asOf=");
        assertThat(page.body("view")).isEqualTo("graph");
        assertThat(page.bodyInt("nodes")).isEqualTo(nodesAt(revision("7b7c0be").path("number").asLong()));
    }

    @Test
    @Order(6)
    void theNodePanelLinksToThePageAsItWasWhenTheNodeAppeared() throws Exception {
        Browser page = browser();
        String renames = revision(RENAMES).path("commit").asString();
        String node = changed(RENAMES, "added").stream()
                .filter(id -> id.startsWith("model/") || id.startsWith("paper/"))
                .filter(id -> {
                    JsonNode history = get("/api/history/nodes/" + id);
                    JsonNode stays = history.path("stays");
                    return renames.equals(history.path("firstCommit").asString()) && stays.get(stays.size() - 1).path("removedCommit").isNull();
                })
                .findFirst().orElseThrow();
        page.load("/?focus=" + node + "&node=" + node);
        String href = page.waitFor("#panel .historic-page").getAttribute("href");
        String path = page.find("#panel .historic-page").getText();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(href + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        // the same page read from a clone of the repository checked out at that commit
        Path clone = dir.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(bundle().toUri().toString()).setDirectory(clone.toFile()).call()) {
            git.checkout().setName(renames).call();
        }
        Path file = Files.isRegularFile(clone.resolve(path)) ? clone.resolve(path) : clone.resolve("docs").resolve(path);
        assertThat(response.body()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        page.screenshot("timeline-node-panel");
    }

    @Test
    @Order(7)
    void theConsoleStaysClean() {
        assertThat(browser().consoleMessages()).noneMatch(m -> m.startsWith("SEVERE") || m.startsWith("WARNING"));
    }
}
