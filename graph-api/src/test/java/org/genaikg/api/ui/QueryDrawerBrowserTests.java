package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genaikg.api.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** The query drawer in a real headless Chromium: SPARQL results as tables and graphs, Cypher's errors. */
class QueryDrawerBrowserTests extends OneBrowserTest {
    /** The nodes and edges the drawer's first example (a CONSTRUCT of every buildsOn) must draw. */
    static final String BUILDS_ON_COUNTS = """
            PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?model) AS ?from) (COUNT(DISTINCT ?base) AS ?to)
                   (COUNT(DISTINCT CONCAT(STR(?model), " ", STR(?base))) AS ?edges)
                   (COUNT(DISTINCT ?either) AS ?nodes) WHERE {
              ?model gkg:buildsOn ?base .
              ?model a ?modelType ; rdfs:label ?modelLabel .
              ?base a ?baseType ; rdfs:label ?baseLabel .
              VALUES ?end { 0 1 }
              BIND(IF(?end = 0, ?model, ?base) AS ?either)
            }
            """;

    @Override
    String screenshotPrefix() {
        return "query";
    }

    @BeforeEach
    void openTheDrawer() {
        browser.load("/");
        browser.find("#query-toggle").click();
        browser.waitFor("#drawer .query-text");
    }

    private void run(String query) {
        WebElement text = browser.find("#drawer .query-text");
        text.clear();
        browser.js("arguments[0].value = arguments[1];", text, query);
        browser.find("#drawer .query-run").click();
    }

    @Test
    void sparqlConstructIsDrawnAsAGraph() {
        int views = browser.views();
        browser.find("#drawer .query-run").click(); // the first example: CONSTRUCT of every buildsOn

        browser.waitForViewAfter(views);
        JsonNode count = ApiClient.json(api.post("/sparql", "application/sparql-query", BUILDS_ON_COUNTS))
                .get("results").get("bindings").get(0);
        assertEquals(count.get("nodes").get("value").asInt(), browser.bodyInt("nodes"));
        assertEquals(count.get("edges").get("value").asInt(), browser.bodyInt("edges"));
        assertTrue(browser.find("#drawer .query-status").getText().contains("drawn"), browser.find("#drawer .query-status").getText());
        assertTrue(browser.findAll("#drawer table.results tbody tr").size() > 0);
    }

    @Test
    void sparqlSelectOfTwoNodesAndAPropertyIsDrawnAsAGraph() {
        new Select(browser.find("#drawer .query-examples")).selectByVisibleText("Models and their modalities (rows, drawn)");
        int views = browser.views();
        browser.find("#drawer .query-run").click();

        browser.waitForViewAfter(views);
        int rows = browser.findAll("#drawer table.results tbody tr").size();
        assertTrue(rows > 0);
        assertEquals(rows, browser.bodyInt("edges"), "one hasModality edge per row");
        assertEquals(java.util.List.of("Model", "Modality"), browser.js(
                "return [...document.querySelectorAll('.legend-item')].filter(li => !li.querySelector('.legend-count').textContent.startsWith('0/')).map(li => li.dataset.type)"));
    }

    @Test
    void sparqlSelectWithoutNodesStaysATable() {
        new Select(browser.find("#drawer .query-examples")).selectByVisibleText("Nodes by class (table)");
        int views = browser.views();
        browser.find("#drawer .query-run").click();

        browser.waitUntil("rows are shown", () -> !browser.findAll("#drawer table.results tbody tr").isEmpty());
        assertEquals(views, browser.views(), "the view is not replaced");
        assertEquals("gkg:Model", browser.js("return [...document.querySelectorAll('#drawer td')].map(td => td.textContent).find(t => t.endsWith('Model'))"));
    }

    @Test
    void aSelectCutAtTheRowCapSaysSo() {
        run("SELECT ?text WHERE { ?s ?p ?o BIND(STR(?o) AS ?text) }");

        browser.waitUntil("rows are shown", () -> !browser.findAll("#drawer table.results tbody tr").isEmpty());
        String status = browser.find("#drawer .query-status").getText();
        assertTrue(status.startsWith("10000 rows") && status.contains("row cap"), status);
        assertEquals("warn", browser.find("#drawer .query-status").getAttribute("data-kind"));
    }

    @Test
    void sparqlSyntaxErrorShowsTheParsersMessage() {
        run("SELECT * WHERE { ?s ?p }");

        WebElement problem = browser.waitFor("#drawer .problem");
        assertTrue(problem.getText().contains("(400)"), problem.getText());
        assertTrue(problem.getText().toLowerCase().contains("line"), problem.getText());
    }

    @Test
    void cypherConsoleAnswersOrExplainsThatCypherIsMissing() {
        browser.find("#drawer [role=tab][data-language=cypher]").click();
        browser.find("#drawer .query-run").click();

        int status = api.post("/api/cypher", "application/json", "{\"query\":\"RETURN 1 AS one\"}").statusCode();
        if (status == 404) {
            WebElement problem = browser.waitFor("#drawer .problem");
            assertTrue(problem.getText().contains("Cypher is not available on this server yet"), problem.getText());
            assertTrue(problem.getText().contains("404"), problem.getText());
        } else {
            browser.waitUntil("an answer or a problem", () -> !browser.findAll("#drawer table.results, #drawer .problem").isEmpty());
        }
    }
}
