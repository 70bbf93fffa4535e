package org.genaikg.stores.neo4j;

import static org.genaikg.stores.neo4j.SmallCorpusGraph.LLAMA2_BASED_ON;
import static org.genaikg.stores.neo4j.SmallCorpusGraph.LLAMA2_BASED_ON_AGAIN;
import static org.genaikg.stores.neo4j.SmallCorpusGraph.MODEL_LLAMA;
import static org.genaikg.stores.neo4j.SmallCorpusGraph.MODEL_LLAMA2;
import static org.genaikg.stores.neo4j.SmallCorpusGraph.PAPER_LLAMA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** The store against a real embedded Neo4j, checked through a driver of its own. */
class Neo4jGraphStoreTest {

    @TempDir
    static Path data;

    static EmbeddedNeo4j neo4j;
    static Neo4jGraphStore store;
    static Driver driver;

    @BeforeAll
    static void startServer() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
        store = Neo4jGraphStore.open(neo4j.connectionSettings(), Neo4jStoreOptions.defaults());
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void stopServer() {
        driver.close();
        store.close();
        neo4j.close();
    }

    @Test
    void countsPerLabelAndTypeMatchTheGraph() {
        KnowledgeGraph graph = SmallCorpusGraph.graph();
        store.replaceAll(graph);

        assertEquals(graph.nodesPerKind(), store.nodesPerKind());
        assertEquals(graph.edgesPerRelation(), store.relationshipsPerRelation());
        assertEquals(Relation.values().length, store.relationshipsPerRelation().size(), "the fixture uses every relation");
        for (NodeKind kind : NodeKind.values()) {
            assertEquals(graph.nodesPerKind().get(kind), count("MATCH (n:" + kind.neo4jLabel() + ") RETURN count(n) AS c"), kind.name());
        }
        assertEquals(graph.nodes().size(), count("MATCH (n:Resource) RETURN count(n) AS c"), "every node has the base label");
        assertEquals(2, count("MATCH (:Model)-[r:BUILDS_ON|DESCRIBED_IN]->() RETURN count(r) AS c"));
    }

    @Test
    void aSyncAgainstTheGraphItHoldsLeavesNothingForAReadingSyncToChange() {
        KnowledgeGraph before = SyntheticGraph.generate(300, 600, 7);
        KnowledgeGraph after = relabelEveryTenth(SyntheticGraph.generate(250, 500, 8)); // fewer nodes, other edges, new labels
        store.replaceAll(before);

        SyncReport remembered = store.apply(Neo4jChanges.between(Neo4jContents.of(before), after));
        SyncReport reading = store.sync(after);

        assertEquals(50, remembered.nodesDeleted());
        assertEquals(25, remembered.nodesWritten());
        assertTrue(remembered.relationshipsWritten() > 0 && remembered.relationshipsDeleted() > 0, remembered.toString());
        assertTrue(reading.changedNothing(), "the store already held the graph: " + reading);
        assertEquals(after.nodesPerKind(), store.nodesPerKind());
        assertEquals(after.edgesPerRelation(), store.relationshipsPerRelation());
    }

    private static KnowledgeGraph relabelEveryTenth(KnowledgeGraph graph) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            Node node = graph.nodes().get(i);
            nodes.add(i % 10 == 0
                    ? new Node(node.kind(), node.iri(), node.label() + " (renamed)", node.altLabels(), node.attributes(), node.provenance())
                    : node);
        }
        return new KnowledgeGraph(nodes, graph.edges(), graph.problems(), graph.documents());
    }

    @Test
    void iriIsUniqueOnTheBaseLabel() {
        List<Record> constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
                .execute().records();
        assertTrue(constraints.stream().anyMatch(c -> c.get("type").asString().equals("UNIQUENESS")
                && c.get("labelsOrTypes").asList().equals(List.of("Resource"))
                && c.get("properties").asList().equals(List.of("iri"))), constraints.toString());
    }

    @Test
    void loadingTwiceChangesNothing() {
        KnowledgeGraph graph = SmallCorpusGraph.graph();
        LoadReport first = store.replaceAll(graph);
        Map<String, Object> llamaBefore = store.findNode(MODEL_LLAMA2).orElseThrow().properties();
        LoadReport second = store.replaceAll(graph);
        store.merge(graph);

        assertEquals(first.nodes(), second.nodes());
        assertEquals(first.relationships(), second.relationships());
        assertEquals(graph.nodesPerKind(), store.nodesPerKind());
        assertEquals(graph.edgesPerRelation(), store.relationshipsPerRelation());
        assertEquals(graph.nodes().size(), count("MATCH (n) RETURN count(n) AS c"));
        assertEquals(graph.edges().size(), count("MATCH ()-[r]->() RETURN count(r) AS c"));
        assertEquals(llamaBefore, store.findNode(MODEL_LLAMA2).orElseThrow().properties());
    }

    @Test
    void relationshipsCarryTheirProvenanceAsLists() {
        store.replaceAll(SmallCorpusGraph.graph());

        Record raw = driver.executableQuery("""
                MATCH (:Model {iri: $from})-[r:BUILDS_ON]->(:Model {iri: $to})
                RETURN r.sourcePaths AS paths, r.sourceLines AS lines, r.sourceTexts AS texts, r.rules AS rules
                """).withParameters(Map.of("from", MODEL_LLAMA2, "to", MODEL_LLAMA)).execute().records().get(0);
        assertEquals(List.of(LLAMA2_BASED_ON.path(), LLAMA2_BASED_ON_AGAIN.path()), raw.get("paths").asList());
        assertEquals(List.of(14L, 40L), raw.get("lines").asList());
        assertEquals(List.of(LLAMA2_BASED_ON.text(), LLAMA2_BASED_ON_AGAIN.text()), raw.get("texts").asList());
        assertEquals(List.of("builds-on-phrase", "builds-on-phrase"), raw.get("rules").asList());

        StoredRelationship read = store.findRelationship(MODEL_LLAMA2, Relation.BUILDS_ON, MODEL_LLAMA).orElseThrow();
        assertEquals(List.of(14L, 40L), read.properties().get("sourceLines"));
    }

    @Test
    void nodesCarryLabelAliasesAttributesAndProvenance() {
        store.replaceAll(SmallCorpusGraph.graph());

        StoredNode llama = store.findNode(MODEL_LLAMA).orElseThrow();
        assertEquals(NodeKind.MODEL, llama.kind());
        assertEquals("LLaMA", llama.properties().get("label"));
        assertEquals(List.of("LLama", "Llama"), llama.properties().get("aliases"));
        assertEquals(List.of(SmallCorpusGraph.MODELS_PAGE), llama.properties().get("sourcePaths"));

        StoredNode paper = store.findNode(PAPER_LLAMA2).orElseThrow();
        assertEquals(NodeKind.PAPER, paper.kind());
        assertEquals("2307.09288", paper.properties().get("arxivId"));
        assertEquals(2023L, paper.properties().get("year"), "integer attributes are stored as numbers");
        assertEquals("https://arxiv.org/abs/2307.09288", paper.properties().get("url"));

        assertTrue(store.findNode(NodeKind.MODEL.instanceIri("not-there")).isEmpty());
    }

    @Test
    void replacingTheGraphRemovesWhatTheNewOneLacks() {
        KnowledgeGraph graph = SmallCorpusGraph.graph();
        store.replaceAll(graph);
        KnowledgeGraph smaller = new KnowledgeGraph(
                graph.nodes().stream().filter(n -> !n.iri().equals(MODEL_LLAMA)).toList(),
                graph.edges().stream().filter(e -> !e.object().equals(MODEL_LLAMA)).toList(),
                List.of(), graph.documents());

        store.replaceAll(smaller);

        assertTrue(store.findNode(MODEL_LLAMA).isEmpty());
        assertEquals(smaller.edgesPerRelation(), store.relationshipsPerRelation());
    }

    @Test
    void edgesToMissingNodesAreReportedNotInvented() {
        KnowledgeGraph graph = SmallCorpusGraph.graph();
        List<Edge> edges = new java.util.ArrayList<>(graph.edges());
        edges.add(new Edge(MODEL_LLAMA2, Relation.BUILDS_ON, NodeKind.MODEL.instanceIri("ghost"), List.of(LLAMA2_BASED_ON)));

        LoadReport report = store.replaceAll(new KnowledgeGraph(graph.nodes(), edges, List.of(), 2));

        assertEquals(graph.edges().size(), report.relationships());
        assertEquals(graph.edges().size() + 1, report.relationshipsAsked());
        assertEquals(graph.nodes().size(), count("MATCH (n) RETURN count(n) AS c"));
    }

    @Test
    void writeStatementsPlanNoEagerBuffering() {
        List<String> statements = new java.util.ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            statements.add(GraphWriteCypher.mergeNodes(kind));
            statements.add(GraphWriteCypher.createNodes(kind));
        }
        for (Relation relation : Relation.values()) {
            statements.add(GraphWriteCypher.mergeRelationships(relation));
            statements.add(GraphWriteCypher.createRelationships(relation));
        }
        try (Session session = driver.session()) {
            for (String statement : statements) {
                Plan plan = session.run("EXPLAIN " + statement, Map.of("rows", List.of())).consume().plan();
                assertFalse(operators(plan).contains("Eager"), statement + " plans " + operators(plan));
            }
        }
    }

    @Test
    void everyRowKeyIsAPropertyTheStatementsWrite() {
        GraphRows rows = GraphRows.of(SmallCorpusGraph.graph());
        rows.nodes().values().forEach(list -> list.forEach(row -> row.keySet().forEach(key -> assertTrue(
                key.equals("iri") || GraphWriteCypher.NODE_PROPERTIES.contains(key), key))));
        rows.relationships().values().forEach(list -> list.forEach(row -> row.keySet().forEach(key -> assertTrue(
                key.equals(GraphRows.FROM) || key.equals(GraphRows.TO) || GraphWriteCypher.RELATIONSHIP_PROPERTIES.contains(key), key))));
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new java.util.ArrayList<>(List.of(plan.operatorType().replaceAll("@.*", "")));
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }

    private static long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get("c").asLong();
    }
}
