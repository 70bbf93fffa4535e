package org.genaikg.api.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.genaikg.api.ServedKnowledgeBase;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * {@code kg serve} on the shared corpus {@code genai-2024-08}: SPARQL (over HTTP, with Jena's client),
 * Cypher (through the endpoint and through the driver on the Bolt port) and {@code /api/stats} count
 * the same nodes, and every export format parses back to the store's number of triples.
 */
class SharedCorpusConsistencyTests {
    static final Path CORPUS = Path.of("../testdata/corpora/genai-2024-08");
    static final String COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path dir;

    static ServedKnowledgeBase served;

    @BeforeAll
    static void serve() {
        assertTrue(Files.isDirectory(CORPUS), "the test corpora are part of the repository: " + CORPUS.toAbsolutePath().normalize());
        served = ServedKnowledgeBase.start(Optional.of(CORPUS), dir.resolve("data"), Duration.ofSeconds(60), Optional.empty());
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void sparqlCypherAndStatsCountTheSameModels() {
        long sparql = sparqlCount("PREFIX gkg: <https://w3id.org/genai-kg/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a gkg:Model }");
        long cypher = ServedKnowledgeBase.json(served.cypher("MATCH (m:Model) RETURN count(m) AS n", Map.of()))
                .path("rows").get(0).path("n").asLong();
        long stats = ServedKnowledgeBase.json(served.client().get("/api/stats")).path("classes").path("Model").asLong();

        assertThat(sparql).isGreaterThan(100);
        assertThat(cypher).isEqualTo(sparql);
        assertThat(stats).isEqualTo(sparql);
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void theDriverOnTheBoltPortCountsEveryClassAsStatsDo(NodeKind kind) {
        long stats = ServedKnowledgeBase.json(served.client().get("/api/stats")).path("classes").path(kind.localName()).asLong();
        try (Driver driver = GraphDatabase.driver(served.boltUri(), served.boltLogin());
                Session session = driver.session()) {
            long neo4j = session.executeRead(tx -> tx.run("MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS n",
                    Map.of("label", kind.neo4jLabel())).single().get("n").asLong());
            assertThat(neo4j).isEqualTo(stats);
        }
    }

    @ParameterizedTest
    @CsvSource({"turtle, TURTLE", "ntriples, NTRIPLES", "nquads, NQUADS", "trig, TRIG", "jsonld, JSONLD", "rdfxml, RDFXML"})
    void everyExportFormatParsesBackToTheSameNumberOfTriples(String format, String langName) {
        long stored = sparqlCount(COUNT_TRIPLES);
        HttpResponse<byte[]> export = served.client().getBytes("/api/export?format=" + format);
        assertThat(export.statusCode()).isEqualTo(200);

        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(export.body())).lang(lang(langName)).parse(parsed);
        long triples = parsed.getDefaultGraph().isEmpty() ? parsed.getUnionGraph().size() : parsed.getDefaultGraph().size();

        assertThat(stored).isGreaterThan(1000);
        assertThat(triples).isEqualTo(stored);
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "NQUADS" -> Lang.NQUADS;
            case "TRIG" -> Lang.TRIG;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }

    private static long sparqlCount(String query) {
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(served.client().url("/sparql")).query(query).build()) {
            QuerySolution row = execution.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }
}
