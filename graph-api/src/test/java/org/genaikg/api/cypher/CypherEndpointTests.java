package org.genaikg.api.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.genaikg.api.ServedKnowledgeBase;
import org.genaikg.extractor.docs.DocumentedExamples;
import org.genaikg.extractor.docs.DocumentedExamples.Example;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/cypher} on what {@code kg serve} runs over the bundled example knowledge base:
 * the real extractor, the embedded Neo4j on a free Bolt port, the API on a random port.
 */
class CypherEndpointTests {
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    static Path dir;

    static ServedKnowledgeBase served;

    @BeforeAll
    static void serve() {
        served = ServedKnowledgeBase.start(Optional.empty(), dir.resolve("data"), TIMEOUT, Optional.empty());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theNeo4jDriverReadsTheGraphOnTheEmbeddedBoltPort() {
        try (Driver driver = GraphDatabase.driver(served.boltUri(), served.boltLogin());
                Session session = driver.session()) {
            long models = session.executeRead(tx -> tx.run("MATCH (m:Model) RETURN count(m) AS n").single().get("n").asLong());
            assertThat(models).isEqualTo(count("Model"));
            assertThat(models).isPositive();
        }
    }

    @Test
    void rowsComeAsJsonAndTheirNodesAndRelationshipsAsCytoscapeElements() {
        HttpResponse<String> response = served.cypher("""
                MATCH (m:Model {label: $name})-[r:DESCRIBED_IN]->(p:Paper)
                RETURN m.label AS model, m, r, p
                """, Map.of("name", "CLIP"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = ServedKnowledgeBase.json(response);
        assertThat(answer.path("columns").values()).extracting(JsonNode::asString).containsExactly("model", "m", "r", "p");
        JsonNode row = answer.path("rows").get(0);
        assertThat(row.path("model").asString()).isEqualTo("CLIP");
        assertThat(row.path("m").path("id").asString()).isEqualTo("model/clip");
        assertThat(row.path("r").path("source").asString()).isEqualTo("model/clip");
        assertThat(answer.path("truncated").asBoolean()).isFalse();

        JsonNode elements = answer.path("elements");
        assertThat(elements.path("nodes").values()).extracting(n -> n.path("data").path("id").asString()).contains("model/clip");
        JsonNode node = elements.path("nodes").get(0).path("data");
        assertThat(node.path("iri").asString()).startsWith("https://w3id.org/genai-kg/resource/");
        assertThat(node.has("label") && node.has("type") && node.has("degree")).isTrue();
        JsonNode edge = elements.path("edges").get(0).path("data");
        assertThat(edge.path("relation").asString()).isEqualTo("describedIn");
        assertThat(edge.path("source").asString()).isEqualTo("model/clip");
        assertThat(edge.path("id").asString()).startsWith("model/clip describedIn paper/");
    }

    @Test
    void relationshipsAloneBringTheirEndsAsElements() {
        JsonNode answer = ServedKnowledgeBase.json(served.cypher("MATCH ()-[r:BUILDS_ON]->() RETURN r LIMIT 3", Map.of()));

        List<String> nodeIds = answer.path("elements").path("nodes").values().stream()
                .map(n -> n.path("data").path("id").asString()).toList();
        for (JsonNode edge : answer.path("elements").path("edges").values()) {
            assertThat(nodeIds).contains(edge.path("data").path("source").asString(), edge.path("data").path("target").asString());
        }
        assertThat(answer.path("elements").path("edges").values()).hasSize(answer.path("rows").size());
    }

    @Test
    void pathsGiveTheirNodesAndRelationships() {
        JsonNode answer = ServedKnowledgeBase.json(served.cypher(
                "MATCH p = (:Model)-[:DESCRIBED_IN]->(:Paper) RETURN p LIMIT 1", Map.of()));

        assertThat(answer.path("rows").get(0).path("p").path("nodes").values()).hasSize(2);
        assertThat(answer.path("elements").path("nodes").values()).hasSize(2);
        assertThat(answer.path("elements").path("edges").values()).hasSize(1);
    }

    @Test
    void scalarRowsHaveNoElements() {
        JsonNode answer = ServedKnowledgeBase.json(served.cypher("RETURN 1 AS one, 'two' AS two, [3] AS three", Map.of()));

        assertThat(answer.path("rows").get(0).path("one").asInt()).isEqualTo(1);
        assertThat(answer.path("rows").get(0).path("three").get(0).asInt()).isEqualTo(3);
        assertThat(answer.has("elements")).isFalse();
    }

    @Test
    void rowsStopAtTheRowCap() {
        JsonNode answer = ServedKnowledgeBase.json(served.cypher("UNWIND range(1, 10001) AS x RETURN x", Map.of()));

        assertThat(answer.path("rows").size()).isEqualTo(10_000);
        assertThat(answer.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void aWritingQueryIsRefusedAndWritesNothing() {
        HttpResponse<String> response = served.cypher("CREATE (n:Model {iri: 'urn:x', label: 'Intruder'}) RETURN n", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ServedKnowledgeBase.json(response);
        assertThat(problem.path("type").asString()).endsWith("/write-query-refused");
        assertThat(problem.path("detail").asString()).contains("only reads");
        assertThat(ServedKnowledgeBase.json(served.cypher("MATCH (n {label: 'Intruder'}) RETURN count(n) AS n", Map.of()))
                .path("rows").get(0).path("n").asInt()).isZero();
    }

    @Test
    void aWriteHiddenBehindAReadIsRefusedToo() {
        HttpResponse<String> response = served.cypher("MATCH (m:Model) SET m.label = 'x' RETURN m", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "LOAD CSV FROM 'file:///proc/self/cmdline' AS row FIELDTERMINATOR '|' RETURN row",
        "CALL { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN row",
        "MATCH (m:Model) WITH m LIMIT 1 CALL (m) { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN m, row",
        "RETURN ['x'] AS row UNION LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "CALL dbms.listConfig() YIELD name, value RETURN name, value",
        "CALL dbms.components()",
        "CALL db.stats.retrieve('GRAPH COUNTS')",
        "MATCH (m:Model) WHERE EXISTS { CALL db.ping() YIELD success RETURN success } RETURN m",
        "SHOW SETTINGS",
        "SHOW TRANSACTIONS",
        "SHOW PROCEDURES",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "SHOW USERS",
        "CREATE USER intruder SET PASSWORD 'intruder-password'",
        "ALTER USER neo4j SET PASSWORD 'intruder-password'",
        "SHOW DATABASES"})
    void aQueryThatReachesOutsideTheGraphIsRefusedByItsPlan(String query) {
        HttpResponse<String> response = served.cypher(query, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        JsonNode problem = ServedKnowledgeBase.json(response);
        assertThat(problem.path("type").asString()).endsWith("/outside-graph-refused");
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void loadCsvDoesNotMakeTheServerFetchAUrl() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        web.start();
        try {
            HttpResponse<String> response = served.cypher("LOAD CSV FROM $url AS row RETURN row",
                    Map.of("url", "http://127.0.0.1:" + web.getAddress().getPort() + "/x.csv"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        } finally {
            web.stop(0);
        }
        assertThat(requests.get()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"USE system SHOW USERS", "USE system MATCH (n) RETURN n", "USE system CALL dbms.components()"})
    void theSystemDatabaseIsOutOfReach(String query) {
        HttpResponse<String> response = served.cypher(query, Map.of());

        assertThat(response.statusCode()).as(response.body()).isIn(400, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CALL db.labels()", "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
        "CALL db.propertyKeys()", "CALL db.schema.visualization()", "CALL db.schema.nodeTypeProperties()",
        "CALL db.schema.relTypeProperties()"})
    void theSchemaProceduresAnswer(String query) {
        HttpResponse<String> response = served.cypher(query, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ServedKnowledgeBase.json(response).path("rows").size()).isPositive();
    }

    @Test
    void theEmbeddedBoltPortRefusesAClientWithoutTheLogin() {
        try (Driver driver = GraphDatabase.driver(served.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void bracketsNestedTooDeeplyAreRefusedBeforeNeo4jSeesThem() {
        long start = System.nanoTime();
        // 1,000 levels overflow Neo4j's parser, which then never answers the driver
        HttpResponse<String> response = served.cypher("RETURN " + "(".repeat(1000) + "1" + ")".repeat(1000) + " AS x", Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ServedKnowledgeBase.json(response).path("detail").asString()).contains("nests brackets");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
    }

    @Test
    void aQueryThatTakesLongToPlanIsStoppedAtTheTimeout() {
        StringBuilder ors = new StringBuilder("MATCH (m:Model) WHERE m.label = 'x0'");
        for (int i = 1; ors.length() < 60_000; i++) {
            ors.append(" OR m.label = 'x").append(i).append('\'');
        }
        long start = System.nanoTime();

        HttpResponse<String> response = served.cypher(ors + " RETURN m", Map.of());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("60 KB of OR terms answered %d after %d ms (timeout %d ms)%n", response.statusCode(), took.toMillis(),
                TIMEOUT.toMillis());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(took).isLessThan(TIMEOUT.multipliedBy(3));
    }

    @Test
    void rowsCutAtTheRowCapSaySoInAHeader() {
        HttpResponse<String> response = served.cypher("UNWIND range(1, 10001) AS x RETURN x", Map.of());

        assertThat(response.headers().firstValue("KG-Results-Truncated")).hasValue("10000");
        assertThat(served.cypher("UNWIND range(1, 10000) AS x RETURN x", Map.of()).headers().firstValue("KG-Results-Truncated")).isEmpty();
    }

    @Test
    void aSyntaxErrorIsABadRequestWithTheServersMessage() {
        HttpResponse<String> response = served.cypher("MATCH (m:Model RETURN m", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ServedKnowledgeBase.json(response).path("type").asString()).endsWith("/query-rejected");
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedWithAProblem() {
        long start = System.nanoTime();
        HttpResponse<String> response = served.cypher(
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n", Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        JsonNode problem = ServedKnowledgeBase.json(response);
        assertThat(problem.path("type").asString()).endsWith("/query-timed-out");
        assertThat(problem.path("detail").asString()).contains(TIMEOUT.toMillis() + " ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(5));
    }

    @Test
    void documentedCypherExamplesAnswer() {
        for (Example example : DocumentedExamples.of("cypher")) {
            HttpResponse<String> response = served.cypher(example.code(), Map.of());
            assertThat(response.statusCode()).as(example + response.body()).isEqualTo(200);
            assertThat(ServedKnowledgeBase.json(response).path("rows").size()).as(example.toString()).isPositive();
        }
    }

    @Test
    void adminEndpointsDoNotExistWithoutAToken() {
        assertThat(served.client().post("/api/admin/rebuild", "application/json", "{}").statusCode()).isEqualTo(404);
        assertThat(served.client().post("/api/admin/pages", "text/markdown", "# Page").statusCode()).isEqualTo(404);
    }

    private static long count(String label) {
        return ServedKnowledgeBase.json(served.client().get("/api/stats")).path("classes").path(label).asLong();
    }
}
