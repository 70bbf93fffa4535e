package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.publish.StaticPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The explorer {@code kg publish} wrote for genai-2026-08-partial, served by a plain static file
 * server under a sub-path, in a real headless Chromium, checked as the live explorer is checked and
 * against the live application serving the same pages (same corpus, same extractor): what it draws,
 * suggests, shows and downloads is what {@code kg serve} gives, and it asks nothing but files.
 */
@ApiServerTest
class PublishedExplorerBrowserTests {
    static final String PATH = "/kb/graph/";
    static final List<String> OVERVIEW = List.of("Document", "Paper", "Article", "Repository", "Model", "Modality", "Concept");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    @LocalServerPort
    int port;

    static StaticFileServer site;
    static Browser browser;
    ApiClient live;
    String screenshotName;

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) {
        PublishedCorpus.register(registry, dir);
    }

    @BeforeAll
    static void serveTheSite() {
        site = StaticFileServer.serve(PublishedCorpus.site(), PATH);
        browser = null;
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        live = new ApiClient(port);
        if (browser == null) {
            browser = Browser.open("http://127.0.0.1:" + site.port(), Browser.NO_WEBGL);
        }
        screenshotName = "published-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshot() {
        browser.screenshot(screenshotName);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        site.close();
    }

    // ---- helpers

    private JsonNode liveJson(String pathAndQuery) {
        return ApiClient.json(live.get(pathAndQuery));
    }

    private static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private String firstLiveHit(String q) {
        JsonNode hits = liveJson("/api/search?q=" + q + "&limit=1");
        assertFalse(hits.isEmpty(), "the corpus has a match for " + q);
        return hits.get(0).get("id").asString();
    }

    private static Set<String> ids(JsonNode elements, String group) {
        Set<String> ids = new TreeSet<>();
        elements.get("elements").get(group).forEach(e -> ids.add(e.get("data").get("id").asString()));
        return ids;
    }

    private byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), url);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the checks

    @Test
    void thePublishedPageLoadsCleanlyUnderASubPathAndAsksNoApi() {
        int before = site.requests().size();
        browser.consoleMessages();
        browser.load(PATH);

        assertEquals("static", browser.body("source"));
        assertEquals(List.of(), browser.consoleMessages().stream()
                .filter(m -> m.startsWith("SEVERE") || m.startsWith("WARNING")).toList(), "console errors and warnings");
        List<Map<String, Object>> resources = browser.resources();
        assertEquals(List.of(), resources.stream()
                .filter(r -> ((Number) r.get("status")).intValue() >= 400 || ((Number) r.get("status")).intValue() == 0)
                .toList(), "failed requests");
        assertTrue(resources.stream().anyMatch(r -> r.get("name").toString().endsWith(PATH + "favicon.svg")), resources.toString());
        assertTrue(resources.stream().anyMatch(r -> r.get("name").toString().contains(PATH + "webjars/cytoscape/")), resources.toString());
        List<String> requests = site.requests().subList(before, site.requests().size());
        assertFalse(requests.isEmpty());
        assertEquals(List.of(), requests.stream().filter(r -> !r.startsWith("GET " + PATH)).toList(), "requests outside the site");
        assertEquals(List.of(), requests.stream().filter(r -> r.contains("/api/") || r.contains("sparql")).toList(),
                "requests to an API");
    }

    @Test
    void theWholeGraphIsWhatTheLiveExplorerDrawsAtThePublishedPositions() {
        browser.load(PATH);

        JsonNode served = liveJson("/api/graph?types=" + String.join(",", OVERVIEW) + "&limit=10000");
        assertEquals(served.get("elements").get("nodes").size(), browser.bodyInt("nodes"));
        assertEquals(served.get("elements").get("edges").size(), browser.bodyInt("edges"));
        long expected = OVERVIEW.stream().mapToLong(c -> liveJson("/api/stats").get("classes").get(c).asLong()).sum();
        assertEquals(expected, browser.bodyInt("nodes"));
        assertEquals("preset", browser.body("layout"));
        JsonNode published = ApiClient.json(new String(download(site.url() + StaticPaths.GRAPH), StandardCharsets.UTF_8));
        Map<String, JsonNode> positions = new java.util.HashMap<>();
        published.get("nodes").forEach(n -> positions.put(n.get("id").asString(), n.get("position")));
        JsonNode drawn = ApiClient.json(browser.exportedView()).get("elements");
        int nodes = 0;
        for (JsonNode element : drawn) {
            if ("nodes".equals(element.get("group").asString())) {
                JsonNode at = positions.get(element.get("data").get("id").asString());
                assertEquals(at.get("x").asDouble(), element.get("position").get("x").asDouble(), 0.01, element.toString());
                assertEquals(at.get("y").asDouble(), element.get("position").get("y").asDouble(), 0.01, element.toString());
                nodes++;
            }
        }
        assertEquals(expected, nodes);
    }

    @Test
    void searchSuggestsWhatTheLiveApiSuggests() {
        browser.load(PATH);
        for (String q : List.of("llama", "attention", "Stable Difusion", "clip", "gpt 4", "rag", "x", "diffusion transformer")) {
            JsonNode served = liveJson("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=12");
            JsonNode published = browser.onStaticSource("source.search(" + ApiClient.json("\"" + q + "\"").toString() + ", { limit: 12 })");
            List<String> expected = new ArrayList<>();
            served.forEach(h -> expected.add(h.get("id").asString() + " " + h.get("match").asString() + " " + h.get("score").asDouble()));
            List<String> actual = new ArrayList<>();
            published.forEach(h -> actual.add(h.get("id").asString() + " " + h.get("match").asString() + " " + h.get("score").asDouble()));
            assertEquals(expected, actual, "hits for " + q);
        }

        String first = liveJson("/api/search?q=llama&limit=1").get(0).get("label").asString();
        int views = browser.views();
        browser.find("body").sendKeys("/");
        WebElement input = browser.driver.switchTo().activeElement();
        input.sendKeys("llama");
        WebElement suggestion = browser.waitFor("#suggestions .suggestion[data-id]");
        assertEquals(first, suggestion.findElement(By.cssSelector(".suggestion-label")).getText());
        browser.screenshot(screenshotName + "-suggestions");
        input.sendKeys(Keys.ENTER);
        browser.waitForViewAfter(views);

        String id = firstLiveHit("llama");
        assertEquals(id, browser.body("focus"));
        assertTrue(browser.driver.getCurrentUrl().startsWith(site.url() + "?focus=" + id), browser.driver.getCurrentUrl());
        assertEquals(liveJson("/api/graph?focus=" + encoded(id)).get("elements").get("nodes").size(), browser.bodyInt("nodes"));
    }

    @Test
    void neighbourhoodsAndPathsAreTheOnesTheLiveApiAnswers() {
        browser.load(PATH);
        JsonNode served = liveJson("/api/graph?limit=10000");
        List<String> sample = new ArrayList<>();
        JsonNode nodes = served.get("elements").get("nodes");
        for (int i = 0; i < nodes.size(); i += Math.max(1, nodes.size() / 25)) {
            sample.add(nodes.get(i).get("data").get("id").asString());
        }
        for (String id : sample) {
            for (int depth : new int[] {1, 2}) {
                JsonNode expected = liveJson("/api/graph?focus=" + encoded(id) + "&depth=" + depth);
                JsonNode actual = browser.onStaticSource("source.graph({ focus: " + ApiClient.json("\"" + id + "\"") + ", depth: " + depth + " })");
                assertEquals(ids(expected, "nodes"), ids(actual, "nodes"), id + " at depth " + depth);
                assertEquals(ids(expected, "edges"), ids(actual, "edges"), id + " at depth " + depth);
            }
        }
        for (int i = 0; i + 1 < sample.size(); i += 2) {
            String from = sample.get(i);
            String to = sample.get(i + 1);
            var response = live.get("/api/path?from=" + encoded(from) + "&to=" + encoded(to));
            JsonNode actual = browser.onStaticSource("source.path(" + ApiClient.json("\"" + from + "\"") + ", "
                    + ApiClient.json("\"" + to + "\"") + ").catch((e) => ({ status: e.status }))");
            if (response.statusCode() == 404) {
                assertEquals(404, actual.get("status").asInt(), from + " to " + to);
            } else {
                JsonNode expected = ApiClient.json(response);
                assertEquals(expected.get("elements").get("nodes").size(), actual.get("elements").get("nodes").size(), from + " to " + to);
            }
        }
    }

    @Test
    void theNodePanelShowsNamesProvenanceSourceLinesAndRelationsAsTheLiveOne() {
        String id = firstLiveHit("llama");
        browser.load(PATH + "?focus=" + id + "&node=" + id);
        WebElement label = browser.waitFor("#panel .node-label");

        JsonNode node = liveJson("/api/nodes/" + id);
        assertEquals(node.get("label").asString(), label.getText());
        assertEquals(Math.min(30, node.get("provenance").size()), browser.findAll("#panel .provenance .evidence").size());
        Set<String> relations = new TreeSet<>();
        node.get("outgoing").propertyNames().forEach(relations::add);
        node.get("incoming").propertyNames().forEach(relations::add);
        List<String> groups = new ArrayList<>();
        browser.findAll("#panel .relation-group summary").forEach(s -> groups.add(s.getText()));
        relations.forEach(r -> assertTrue(groups.stream().anyMatch(g -> g.contains(r)), r + " in " + groups));

        JsonNode place = node.get("provenance").get(0);
        browser.find("#panel .provenance .source-link").click();
        WebElement current = browser.waitFor("#panel .source-excerpt .line.current");
        assertTrue(current.getText().contains(String.valueOf(place.get("line").asLong())), current.getText());
        JsonNode excerpt = liveJson("/api/source?path=" + encoded(place.get("path").asString()) + "&line=" + place.get("line").asLong());
        String currentLine = excerpt.get("lines").get(excerpt.get("line").asInt() - excerpt.get("from").asInt()).get("text").asString();
        assertTrue(current.getText().endsWith(currentLine.stripTrailing()), current.getText() + " / " + currentLine);
        String raw = browser.find("#panel .provenance .raw-link").getDomProperty("href");
        assertTrue(raw.startsWith(site.url() + "data/pages/"), raw);
        assertTrue(new String(download(raw), StandardCharsets.UTF_8).contains(currentLine.strip()));
    }

    @Test
    void expandAddsANeighboursNeighboursAndUndoTakesThemAway() {
        String id = firstLiveHit("llama");
        browser.load(PATH + "?focus=" + id);
        int before = browser.bodyInt("nodes");
        Set<String> drawn = ids(liveJson("/api/graph?focus=" + id), "nodes");
        String chosen = null;
        int growth = 0;
        for (String other : drawn) {
            if (other.equals(id)) {
                continue;
            }
            Set<String> fresh = ids(liveJson("/api/graph?focus=" + encoded(other)), "nodes");
            fresh.removeAll(drawn);
            if (fresh.size() > growth) {
                growth = fresh.size();
                chosen = other;
            }
        }
        assertTrue(chosen != null, "a neighbour with neighbours of its own");

        browser.driver.get(site.url() + "?focus=" + id + "&node=" + chosen.replace("#", "%23"));
        browser.waitUntil("ready", () -> "ready".equals(browser.body("state")));
        browser.waitFor("#panel [data-action=expand]").click();
        int expected = before + growth;
        browser.waitUntil("the neighbours are added", () -> browser.bodyInt("nodes") == expected);
        browser.screenshot(screenshotName + "-expanded");

        browser.find("#undo").click();
        browser.waitUntil("undo restores the view", () -> browser.bodyInt("nodes") == before);
    }

    @Test
    void theShortestPathIsAsShortAsTheLiveOne() {
        String from = firstLiveHit("llama");
        String to = firstLiveHit("attention");
        JsonNode served = liveJson("/api/path?from=" + from + "&to=" + to);

        browser.load(PATH + "?focus=" + from + "&node=" + from);
        browser.waitFor("#panel [data-action=path-from]").click();
        browser.waitFor("#path-bar");
        int views = browser.views();
        WebElement input = browser.find("#search");
        input.clear();
        input.sendKeys(liveJson("/api/search?q=attention&limit=1").get(0).get("label").asString());
        browser.waitFor("#suggestions .suggestion[data-id='" + to + "']").click();
        browser.waitForViewAfter(views);
        browser.waitUntil("the panel shows the end", () -> browser.findAll("#panel .node-id").stream().anyMatch(e -> e.getText().equals(to)));
        browser.waitFor("#panel [data-action=path-to]").click();

        browser.waitUntil("the path is drawn", () -> browser.body("path") != null && !browser.body("path").isEmpty());
        List<String> path = List.of(browser.body("path").split(" > "));
        assertEquals(served.get("elements").get("nodes").size(), path.size(), browser.body("path"));
        assertEquals(from, path.get(0));
        assertEquals(to, path.get(path.size() - 1));
    }

    @Test
    void everyExportLinkDownloadsParseableRdfHoldingTheLiveGraph() throws IOException {
        String id = firstLiveHit("llama");
        browser.load(PATH + "?focus=" + id);
        browser.find("#export-menu summary").click();
        browser.screenshot(screenshotName + "-menu");
        @SuppressWarnings("unchecked")
        List<List<String>> links = (List<List<String>>) browser.js(
                "return [...document.querySelectorAll('#export-menu a[data-download]')].map(a => [a.dataset.format || a.dataset.download, a.href])");
        assertEquals(8, links.size(), links.toString());
        long triples = RDFParser.create().fromString(live.get("/api/export?format=ntriples").body()).lang(Lang.NTRIPLES).toGraph().size();
        for (List<String> link : links) {
            String href = link.get(1);
            assertTrue(href.startsWith(site.url() + "data/rdf/"), href);
            DatasetGraph parsed = parse(href, download(href));
            Set<org.apache.jena.graph.Triple> all = new java.util.HashSet<>(parsed.getDefaultGraph().find().toSet());
            all.addAll(parsed.getUnionGraph().find().toSet());
            assertFalse(all.isEmpty(), href);
            if (link.get(0).equals("ontology") || link.get(0).equals("shapes")) {
                continue;
            }
            assertEquals(triples, all.size(), href);
            assertEquals(Set.of("nquads", "trig").contains(link.get(0)), parsed.listGraphNodes().hasNext(),
                    "named graphs per document in " + href);
        }
    }

    private static DatasetGraph parse(String href, byte[] bytes) throws IOException {
        String name = href.substring(href.lastIndexOf('/') + 1);
        InputStream in = new ByteArrayInputStream(bytes);
        if (name.endsWith(".gz")) {
            in = new GZIPInputStream(in);
            name = name.substring(0, name.length() - 3);
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(in).lang(lang).parse(dataset);
        return dataset;
    }

    @Test
    void theReportListsEveryCheckWithTheLiveCounts() {
        JsonNode report = liveJson("/api/report");
        browser.load(PATH);

        browser.find("#report-toggle").click();
        browser.waitFor("#panel .report-check");

        List<WebElement> checks = browser.findAll("#panel .report-check");
        assertEquals(report.get("checks").size(), checks.size());
        for (int i = 0; i < checks.size(); i++) {
            JsonNode check = report.get("checks").get(i);
            assertEquals(check.get("name").asString(), checks.get(i).getAttribute("data-check"));
            assertEquals(check.get("count").asString(), checks.get(i).findElement(By.cssSelector(".count")).getText());
        }
    }

    @Test
    void theQueryButtonSaysWhyThereAreNoConsoles() {
        browser.load(PATH);

        browser.find("#query-toggle").click();
        WebElement note = browser.waitFor("#drawer .query-unavailable");

        assertTrue(note.getText().contains("no server to answer SPARQL or Cypher"), note.getText());
        assertFalse(browser.find("#drawer .query-run").isDisplayed());
        assertTrue(browser.findAll("#drawer textarea").isEmpty());
        browser.screenshot(screenshotName + "-drawer");
        browser.find("#drawer .drawer-close").click();
    }

    @Test
    void aDeepLinkOpensTheSameViewUnderTheSubPath() {
        String id = firstLiveHit("clip");
        browser.driver.get(site.url() + "?focus=" + id + "&depth=2&concepts=1&node=" + id);
        browser.waitUntil("ready", () -> "ready".equals(browser.body("state")) && browser.body("views") != null);
        browser.waitFor("#panel .node-label");

        assertEquals(id, browser.body("focus"));
        JsonNode served = liveJson("/api/graph?focus=" + id + "&depth=2&types=Paper,Article,Repository,Model,Modality,Concept");
        assertEquals(served.get("elements").get("nodes").size(), browser.bodyInt("nodes"));
        assertTrue((Boolean) browser.js("return document.querySelector('#concepts-only').checked"));
    }

    /**
     * Time from navigation to the whole graph drawn, the published site (static files) and the live
     * explorer (the API) side by side in one browser (canvas), after a warm-up load of each, with the
     * share of drawing in it and the site's size; written to target/publish-timings.txt. A benchmark:
     * the figures go in the notes (the 2 s target is judged there, on a quiet machine). It asserts the
     * level reached with room for a loaded CI machine: the published site no slower than the served
     * explorer in the same run (x1.5 + 0.5 s for noise), and the whole graph within 3x the ~2 s measured
     * at load ~8 (before labels were cut once and far edges drawn as haystack lines: 3.4-4.2 s there).
     */
    @Test
    void timeToTheWholeGraphPublishedAndServedIsMeasuredSideBySide() throws IOException {
        browser.load(PATH);
        loadLive();
        List<Integer> published = new ArrayList<>();
        List<Integer> publishedDraw = new ArrayList<>();
        List<Integer> served = new ArrayList<>();
        List<Integer> servedDraw = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            browser.load(PATH);
            published.add(browser.bodyInt("readyMs"));
            publishedDraw.add(browser.bodyInt("layoutMs"));
            loadLive();
            served.add(browser.bodyInt("readyMs"));
            servedDraw.add(browser.bodyInt("layoutMs"));
        }
        String size = PublishedCorpus.summary().lines().filter(l -> l.contains(" MB")).findFirst().orElse("").strip();
        String line = String.format("whole graph (%s nodes, %s edges, canvas) ready after navigation: published %s ms "
                + "(of which drawing %s), served %s ms (of which drawing %s); published site: %s", browser.body("nodes"),
                browser.body("edges"), published, publishedDraw, served, servedDraw, size);
        System.out.println("[publish-timing] " + line);
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.writeString(Path.of("target", "publish-timings.txt"), line + System.lineSeparator());
        assertTrue(median(published) * 2 <= 3 * median(served) + 1000, "published " + published + " against served " + served);
        assertTrue(median(published) <= WHOLE_GRAPH_BOUND_MS, "published " + published + " over " + WHOLE_GRAPH_BOUND_MS + " ms");
    }

    /** 3x the level reached (~2 s at load ~8), so that a loaded CI machine does not fail it. */
    static final int WHOLE_GRAPH_BOUND_MS = 6000;

    private static int median(List<Integer> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private void loadLive() {
        browser.driver.get(live.url("/"));
        browser.waitUntil("the live explorer is drawn",
                () -> "api".equals(browser.body("source")) && "ready".equals(browser.body("state")) && browser.body("views") != null);
    }

    /** Chromium runs no module script of a page opened from file://, unless started with --allow-file-access-from-files. */
    @Test
    void fromAFileUrlChromiumDrawsTheSiteOnlyWhenAllowedToReadFiles() {
        String folder = PublishedCorpus.site().toAbsolutePath().normalize().toUri().toString();
        String base = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        try (Browser allowed = Browser.open(base, List.of("--allow-file-access-from-files", "--disable-3d-apis", "--disable-webgl"))) {
            allowed.load("/index.html");
            long expected = OVERVIEW.stream().mapToLong(c -> liveJson("/api/stats").get("classes").get(c).asLong()).sum();
            assertEquals(expected, allowed.bodyInt("nodes"));
            assertEquals("static", allowed.body("source"));
            allowed.screenshot(screenshotName + "-allowed");
        }
        try (Browser plain = Browser.open(base, Browser.NO_WEBGL)) {
            plain.driver.get(base + "/index.html");
            plain.waitUntil("the browser refuses the module", () -> plain.consoleMessages().stream()
                    .anyMatch(m -> m.startsWith("SEVERE") && m.contains("CORS")));
            assertEquals("loading", plain.body("state"));
        }
    }

    @Test
    void theBrowserFindsEachNodesFileWhereJavaWroteIt() {
        browser.load(PATH);
        List<String> ids = List.of("model/llama-2", "section/understanding/models.md#tabular-models", "doc/a b/ü.md",
                "concept/x_y", "doc/.hidden/.md", "paper/" + "long-title-".repeat(20), "https://example.org/x?y#z");
        for (String id : ids) {
            JsonNode js = browser.onStaticSource("import(new URL('js/data/static-paths.js', document.baseURI).href).then((p) => p.nodeFile("
                    + ApiClient.json("\"" + id + "\"") + "))");
            assertEquals(StaticPaths.node(id).substring(StaticPaths.DATA.length()), js.asString(), id);
        }
    }
}
