package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaikg.api.ApiClient;
import org.genaikg.api.cli.KgCommand;
import org.genaikg.api.publish.StaticPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code kg publish --repo} on a short range of the real history (testdata/history/genai-history.bundle,
 * its first 8 commits, 2024-01-08 to 2024-01-16), served by a plain static file server under a sub-path:
 * the published explorer's panel says in which commit and on which day a node appeared, from the files
 * alone, as the served explorer says it from {@code /api/history/nodes/{id}}.
 */
class PublishedHistoryBrowserTests {
    static final Path BUNDLE = Path.of("..", "testdata", "history", "genai-history.bundle");
    static final Path SITE = Path.of("target", "published", "genai-history-2024-01");
    static final String PATH = "/kb/history/";
    /** The first commit of the range, and the second, which added the page models/gpt.md (git log --first-parent). */
    static final String FIRST = "fd6beb6";
    static final String SECOND = "655420e";
    static final String GPT_PAGE = "doc/understanding/architectures/models/gpt.md";

    static StaticFileServer site;
    static Browser browser;

    @BeforeAll
    static void publishTheRangeAndServeIt() throws IOException {
        PublishedCorpus.deleteTree(SITE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine kg = KgCommand.commandLine();
        kg.setOut(new PrintWriter(out, true));
        kg.setErr(new PrintWriter(err, true));
        int exit = kg.execute("publish", "--repo", BUNDLE.toString(), "--since", "2024-01-08", "--until", "2024-01-16",
                "--out", SITE.toString(), "--threads", "2");
        assertEquals(0, exit, "kg publish --repo: " + err);
        assertTrue(out.toString().contains("with the history of 8 commits"), out.toString());
        site = StaticFileServer.serve(SITE, PATH);
        browser = Browser.open("http://127.0.0.1:" + site.port(), Browser.NO_WEBGL);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theSiteHoldsTheWalkedCommitsAndTheGrowthOfTheRange() throws IOException {
        assertTrue(json(StaticPaths.SITE).get("history").asBoolean());
        JsonNode revisions = json(StaticPaths.REVISIONS).get("revisions");
        assertEquals(8, revisions.size());
        assertTrue(revisions.get(0).get("commit").asString().startsWith(FIRST));
        assertTrue(revisions.get(1).get("commit").asString().startsWith(SECOND));
        JsonNode months = json(StaticPaths.GROWTH).get("months");
        assertEquals(1, months.size());
        assertEquals("2024-01", months.get(0).get("month").asString());
        assertTrue(months.get(0).get("models").asLong() > 0 && months.get(0).get("relations").asLong() > 0, months.toString());
    }

    @Test
    void thePanelSaysInWhichCommitAndOnWhichDayAPageAddedLaterAppeared() {
        int before = site.requests().size();
        browser.consoleMessages();
        browser.load(PATH + "?focus=" + GPT_PAGE + "&node=" + GPT_PAGE);
        browser.waitFor("#panel .node-label");
        assertEquals("Appeared in commit " + SECOND + " on 2024-01-09", browser.waitFor("#panel .node-history").getText());
        browser.screenshot("published-history-node-panel");

        assertEquals(List.of(), browser.consoleMessages().stream()
                .filter(m -> m.startsWith("SEVERE") || m.startsWith("WARNING")).toList(), "console errors and warnings");
        List<String> requests = site.requests().subList(before, site.requests().size());
        assertTrue(requests.contains("GET " + PATH + StaticPaths.nodeHistory(GPT_PAGE)), requests.toString());
        assertEquals(List.of(), requests.stream().filter(r -> !r.startsWith("GET " + PATH) || r.contains("/api/")).toList(),
                "requests outside the site's files");
    }

    @Test
    void aNodeOfTheFirstCommitAppearedThere() throws IOException {
        String model = json(StaticPaths.nodeHistory("model/sparsegpt")).get("id").asString();
        browser.load(PATH + "?focus=" + model + "&node=" + model);
        assertEquals("Appeared in commit " + FIRST + " on 2024-01-08", browser.waitFor("#panel .node-history").getText());
    }

    private static JsonNode json(String relative) throws IOException {
        return ApiClient.json(Files.readString(SITE.resolve(relative)));
    }
}
