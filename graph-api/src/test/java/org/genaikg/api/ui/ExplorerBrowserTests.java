package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.genaikg.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The explorer in a real headless Chromium against the application serving genai-2024-08. This
 * browser has no WebGL, so the canvas renderer draws; {@link RendererBrowserTests} covers WebGL.
 */
class ExplorerBrowserTests extends OneBrowserTest {
    @Override
    String screenshotPrefix() {
        return "explorer";
    }

    private JsonNode stats() {
        return ApiClient.json(api.get("/api/stats"));
    }

    private long countOf(JsonNode stats, List<String> classes) {
        return classes.stream().mapToLong(c -> stats.get("classes").get(c).asLong()).sum();
    }

    private JsonNode firstHit(String q) {
        JsonNode hits = ApiClient.json(api.get("/api/search?q=" + q + "&limit=1"));
        assertFalse(hits.isEmpty(), "the corpus has a match for " + q);
        return hits.get(0);
    }

    @Test
    void pageLoadsWithoutConsoleErrorsOrFailedRequests() {
        browser.consoleMessages();
        browser.load("/");

        List<String> problems = browser.consoleMessages().stream()
                .filter(m -> m.startsWith("SEVERE") || m.startsWith("WARNING"))
                .toList();
        assertEquals(List.of(), problems, "console errors and warnings");
        List<Map<String, Object>> resources = browser.resources();
        List<Map<String, Object>> failed = resources.stream()
                .filter(r -> ((Number) r.get("status")).intValue() >= 400 || ((Number) r.get("status")).intValue() == 0)
                .toList();
        assertEquals(List.of(), failed, "failed requests");
        assertTrue(resources.stream().anyMatch(r -> r.get("name").toString().endsWith("/favicon.svg")),
                "the favicon is loaded: " + resources);
        assertTrue(resources.stream().anyMatch(r -> r.get("name").toString().contains("/webjars/cytoscape/")),
                "Cytoscape.js comes from the webjar: " + resources);
        assertEquals(200, api.get("/favicon.svg").statusCode());
    }

    @Test
    void wholeGraphDrawsAsManyNodesAsStatsCountsOutsideSections() {
        browser.load("/");

        long expected = countOf(stats(), List.of("Document", "Paper", "Article", "Repository", "Model", "Modality", "Concept"));
        assertEquals(expected, browser.bodyInt("nodes"));
        assertTrue(browser.find("#status").getText().contains(expected + " nodes"), browser.find("#status").getText());
    }

    @Test
    void wholeGraphIsDrawnWhereTheServerLaidItOutAndTheForceLayoutStillRunsOnDemand() {
        browser.load("/");

        assertEquals("preset", browser.body("layout"));
        JsonNode served = ApiClient.json(api.get("/api/graph?types=Document,Paper,Article,Repository,Model,Modality,Concept&limit=10000"));
        Map<String, JsonNode> drawn = new HashMap<>();
        ApiClient.json(browser.exportedView()).get("elements").forEach(e -> drawn.put(e.get("data").get("id").asString(), e));
        for (JsonNode node : served.get("elements").get("nodes")) {
            JsonNode at = drawn.get(node.get("data").get("id").asString()).get("position");
            assertEquals(node.get("position").get("x").asDouble(), at.get("x").asDouble(), 0.01, node.toString());
            assertEquals(node.get("position").get("y").asDouble(), at.get("y").asDouble(), 0.01, node.toString());
        }

        new Select(browser.find("#layout")).selectByValue("cose");
        browser.waitUntil("the force layout runs", () -> "cose".equals(browser.body("layout")));
        assertTrue(browser.driver.getCurrentUrl().contains("layout=cose"), browser.driver.getCurrentUrl());
        new Select(browser.find("#layout")).selectByValue("auto");
        browser.waitUntil("the server's layout is back", () -> "preset".equals(browser.body("layout")));
        assertFalse(browser.driver.getCurrentUrl().contains("layout="), browser.driver.getCurrentUrl());
    }

    @Test
    void conceptsOnlySwitchDrawsAsManyNodesAsStatsCountsForEntities() {
        browser.load("/");
        int views = browser.views();

        browser.find("#concepts-only").click();
        browser.waitForViewAfter(views);

        long expected = countOf(stats(), List.of("Paper", "Article", "Repository", "Model", "Modality", "Concept"));
        assertEquals(expected, browser.bodyInt("nodes"));
        assertTrue(browser.driver.getCurrentUrl().contains("concepts=1"), browser.driver.getCurrentUrl());
    }

    @Test
    void classFilterFromTheUrlDrawsOnlyThatClass() {
        browser.load("/?types=Model");

        assertEquals(countOf(stats(), List.of("Model")), browser.bodyInt("nodes"));
        assertEquals(List.of("Model"), browser.js("return [...document.querySelectorAll('.legend input:checked')].map(i => i.value)"));
    }

    @Test
    void searchSuggestsAsYouTypeAndPickingOneFocusesIt() {
        browser.load("/");
        JsonNode hit = firstHit("llama");
        int views = browser.views();

        browser.find("body").sendKeys("/");
        WebElement input = browser.driver.switchTo().activeElement();
        assertEquals("search", input.getAttribute("id"), "/ puts the cursor in the search box");
        input.sendKeys("llama");
        WebElement first = browser.waitFor("#suggestions .suggestion[data-id]");
        assertEquals(hit.get("label").asString(), first.findElement(org.openqa.selenium.By.cssSelector(".suggestion-label")).getText());
        browser.screenshot(screenshotName + "-suggestions");
        input.sendKeys(Keys.ENTER);
        browser.waitForViewAfter(views);

        assertEquals(hit.get("id").asString(), browser.body("focus"));
        assertEquals("cose", browser.body("layout"), "a neighbourhood is laid out in the browser");
        assertTrue(browser.driver.getCurrentUrl().contains("focus=" + hit.get("id").asString()), browser.driver.getCurrentUrl());
        JsonNode around = ApiClient.json(api.get("/api/graph?focus=" + hit.get("id").asString()));
        assertEquals(around.get("elements").get("nodes").size(), browser.bodyInt("nodes"));
        browser.waitFor("#panel .node-label");
        assertEquals(hit.get("label").asString(), browser.find("#panel .node-label").getText());
    }

    @Test
    void theReportListsEveryCheckWithItsCountAndAFindingLeadsToItsNode() {
        JsonNode report = ApiClient.json(api.get("/api/report"));
        browser.load("/");

        browser.find("#report-toggle").click();
        browser.waitFor("#panel .report-check");

        List<WebElement> checks = browser.findAll("#panel .report-check");
        assertEquals(report.get("checks").size(), checks.size());
        for (int i = 0; i < checks.size(); i++) {
            JsonNode check = report.get("checks").get(i);
            assertEquals(check.get("name").asString(), checks.get(i).getAttribute("data-check"));
            assertEquals(check.get("count").asString(), checks.get(i).findElement(org.openqa.selenium.By.cssSelector(".count")).getText());
        }
        JsonNode paper = report.get("checks").get(2).get("findings").get(0).get("nodes").get(0);
        WebElement several = checks.get(2);
        if (several.getAttribute("open") == null) {
            several.findElement(org.openqa.selenium.By.cssSelector("summary")).click();
        }
        browser.screenshot(screenshotName + "-report");
        several.findElement(org.openqa.selenium.By.cssSelector(".finding .link-button")).click();

        browser.waitUntil("the paper's panel", () -> !browser.findAll("#panel .node-label").isEmpty()
                && paper.get("label").asString().equals(browser.find("#panel .node-label").getText()));
        assertEquals(paper.get("id").asString(), browser.find("#panel .node-id").getText());
    }

    @Test
    void clickingANodeShowsItsNamesClassProvenanceAndRelations() {
        JsonNode hit = firstHit("llama");
        String id = hit.get("id").asString();
        browser.load("/?focus=" + id);

        browser.clickGraphCentre();
        WebElement label = browser.waitFor("#panel .node-label");

        JsonNode node = ApiClient.json(api.get("/api/nodes/" + id));
        assertEquals(node.get("label").asString(), label.getText());
        assertEquals(node.get("type").asString(), browser.find("#panel .badge").getDomProperty("textContent").trim());
        assertEquals(node.get("provenance").size() > 30 ? 30 : node.get("provenance").size(),
                browser.findAll("#panel .provenance .evidence").size());
        String firstPlace = node.get("provenance").get(0).get("path").asString();
        assertTrue(browser.find("#panel .provenance .source-link").getText().startsWith(firstPlace));
        Set<String> relations = new TreeSet<>();
        node.get("outgoing").propertyNames().forEach(relations::add);
        node.get("incoming").propertyNames().forEach(relations::add);
        assertFalse(relations.isEmpty());
        List<String> groups = new ArrayList<>();
        browser.findAll("#panel .relation-group summary").forEach(s -> groups.add(s.getText()));
        relations.forEach(r -> assertTrue(groups.stream().anyMatch(g -> g.contains(r)), r + " in " + groups));

        browser.find("#panel .provenance .source-link").click();
        WebElement current = browser.waitFor("#panel .source-excerpt .line.current");
        assertTrue(current.getText().contains(String.valueOf(node.get("provenance").get(0).get("line").asLong())));
        assertTrue(browser.driver.getCurrentUrl().contains("node=" + id));
    }

    @Test
    void escapeClosesThePanel() {
        JsonNode hit = firstHit("llama");
        browser.load("/?focus=" + hit.get("id").asString() + "&node=" + hit.get("id").asString());
        browser.waitFor("#panel .node-label");

        browser.find("body").sendKeys(Keys.ESCAPE);

        browser.waitUntil("the panel closes", () -> !browser.find("#panel").isDisplayed());
        assertFalse(browser.driver.getCurrentUrl().contains("node="));
    }

    @Test
    void expandAddsANeighboursNeighboursAndUndoTakesThemAway() {
        JsonNode hit = firstHit("llama");
        String id = hit.get("id").asString();
        browser.load("/?focus=" + id);
        int before = browser.bodyInt("nodes");
        JsonNode around = ApiClient.json(api.get("/api/graph?focus=" + id));
        Set<String> drawn = new TreeSet<>();
        around.get("elements").get("nodes").forEach(n -> drawn.add(n.get("data").get("id").asString()));
        String chosen = null;
        int growth = 0;
        for (JsonNode n : around.get("elements").get("nodes")) {
            String other = n.get("data").get("id").asString();
            if (other.equals(id)) {
                continue;
            }
            JsonNode next = ApiClient.json(api.get("/api/graph?focus=" + other.replace("#", "%23")));
            Set<String> fresh = new TreeSet<>();
            next.get("elements").get("nodes").forEach(m -> fresh.add(m.get("data").get("id").asString()));
            fresh.removeAll(drawn);
            if (fresh.size() > growth) {
                growth = fresh.size();
                chosen = other;
            }
        }
        assertTrue(chosen != null, "a neighbour with neighbours of its own");

        browser.driver.get(browser.base + "/?focus=" + id + "&node=" + chosen.replace("#", "%23"));
        browser.waitUntil("ready", () -> "ready".equals(browser.body("state")));
        browser.waitFor("#panel [data-action=expand]").click();
        int expected = before + growth;
        browser.waitUntil("the neighbours are added", () -> browser.bodyInt("nodes") == expected);
        browser.screenshot(screenshotName + "-expanded");

        browser.find("#undo").click();
        browser.waitUntil("undo restores the view", () -> browser.bodyInt("nodes") == before);
    }

    @Test
    void shortestPathBetweenTwoChosenNodesIsHighlighted() {
        String from = firstHit("llama").get("id").asString();
        String to = firstHit("attention").get("id").asString();
        JsonNode path = ApiClient.json(api.get("/api/path?from=" + from + "&to=" + to));
        List<String> expected = new ArrayList<>();
        path.get("elements").get("nodes").forEach(n -> expected.add(n.get("data").get("id").asString()));

        browser.load("/?focus=" + from + "&node=" + from);
        browser.waitFor("#panel [data-action=path-from]").click();
        browser.waitFor("#path-bar");
        int views = browser.views();
        pickSuggestion(firstHit("attention").get("label").asString(), to);
        browser.waitForViewAfter(views);
        browser.waitUntil("the panel shows the end", () -> browser.findAll("#panel .node-id").stream()
                .anyMatch(e -> e.getText().equals(to)));
        browser.waitFor("#panel [data-action=path-to]").click();

        browser.waitUntil("the path is drawn", () -> browser.body("path") != null && !browser.body("path").isEmpty());
        assertEquals(String.join(" > ", expected), browser.body("path"));
        Long highlighted = (Long) browser.js("return document.body.dataset.path.split(' > ').length");
        assertEquals(expected.size(), highlighted.intValue());
    }

    @Test
    void htmlInALabelShowsAsTextAndRunsNothing() {
        browser.load("/?focus=" + CorpusKnowledgeBase.XSS_ID + "&node=" + CorpusKnowledgeBase.XSS_ID);

        WebElement label = browser.waitFor("#panel .node-label");
        assertEquals(CorpusKnowledgeBase.XSS_LABEL, label.getText());
        assertEquals(CorpusKnowledgeBase.XSS_ALIAS, browser.find("#panel .aliases li").getText());
        browser.find("#search").sendKeys("img src");
        WebElement suggestion = browser.waitFor("#suggestions .suggestion-label");
        assertEquals(CorpusKnowledgeBase.XSS_LABEL, suggestion.getText());
        browser.screenshot(screenshotName + "-suggestion");

        assertEquals(0L, browser.js("return document.querySelectorAll('img[src=x], script:not([src]):not([type])').length"));
        assertFalse(alertIsOpen(), "no alert fired");
        browser.find("#search").sendKeys(Keys.ESCAPE);
    }

    /** Types into the search box and picks the suggestion for {@code id}. */
    private void pickSuggestion(String text, String id) {
        WebElement input = browser.find("#search");
        input.clear();
        input.sendKeys(text);
        browser.waitFor("#suggestions .suggestion[data-id='" + id + "']").click();
    }

    private boolean alertIsOpen() {
        try {
            browser.driver.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
