package org.genaikg.stores.neo4j;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The property graph in Neo4j, written and read through the Bolt driver only, so the same code
 * serves the embedded server and an external one. Nodes carry the base label {@code Resource}
 * (unique {@code iri}) and one label per class; relationships one type per relation; provenance
 * as parallel lists on both.
 */
public final class Neo4jGraphStore implements AutoCloseable {

    private final Driver driver;
    private final Neo4jStoreOptions options;
    private final SessionConfig sessionConfig;

    private Neo4jGraphStore(Driver driver, Neo4jStoreOptions options) {
        this.driver = driver;
        this.options = options;
        this.sessionConfig = options.database().isEmpty()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(options.database());
    }

    /** Connects, checks the server answers, and creates the schema if it is missing. */
    public static Neo4jGraphStore open(Neo4jConnectionSettings connection, Neo4jStoreOptions options) {
        AuthToken auth = connection.hasAuth()
                ? AuthTokens.basic(connection.user(), connection.password())
                : AuthTokens.none();
        Config config = Config.builder().withLogging(Logging.slf4j()).build();
        Driver driver = GraphDatabase.driver(connection.uri(), auth, config);
        try {
            driver.verifyConnectivity();
            Neo4jGraphStore store = new Neo4jGraphStore(driver, options);
            store.createSchema();
            return store;
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    private void createSchema() {
        try (Session session = session()) {
            session.run(SchemaCypher.CREATE_RESOURCE_IRI_CONSTRAINT).consume();
            session.run(SchemaCypher.AWAIT_INDEXES).consume();
        }
    }

    /** Replaces whatever the store holds with this graph. Loading the same graph twice leaves the same store. */
    public LoadReport replaceAll(KnowledgeGraph graph) {
        clear();
        return write(GraphRows.of(graph), GraphWriteCypher::createNodes, GraphWriteCypher::createRelationships);
    }

    /**
     * Writes the graph over what is there: nodes and relationships are matched by IRI and by
     * (subject, type, object), and their properties replaced; nothing else is removed.
     */
    public LoadReport merge(KnowledgeGraph graph) {
        return write(GraphRows.of(graph), GraphWriteCypher::mergeNodes, GraphWriteCypher::mergeRelationships);
    }

    private LoadReport write(GraphRows rows, Function<NodeKind, String> nodeStatement, Function<Relation, String> relationshipStatement) {
        BatchWriter writer = new BatchWriter(driver, sessionConfig, options);
        Map<String, List<Map<String, Object>>> nodeRows = new LinkedHashMap<>();
        rows.nodes().forEach((kind, kindRows) -> nodeRows.put(nodeStatement.apply(kind), kindRows));
        Map<String, List<Map<String, Object>>> relationshipRows = new LinkedHashMap<>();
        rows.relationships().forEach((relation, relationRows) -> relationshipRows.put(relationshipStatement.apply(relation), relationRows));

        long start = System.nanoTime();
        long nodes = writer.write(writer.batches(nodeRows));
        long middle = System.nanoTime();
        long relationships = writer.write(writer.batches(relationshipRows));
        long end = System.nanoTime();
        return new LoadReport(nodes, Duration.ofNanos(middle - start), relationships, rows.relationshipCount(),
                Duration.ofNanos(end - middle));
    }

    /**
     * Makes the store hold exactly this graph, changing only what differs ({@link #contents()},
     * then {@link #apply}). Meant for rebuilds that change a few pages.
     */
    public SyncReport sync(KnowledgeGraph graph) {
        return apply(Neo4jChanges.between(contents(), graph));
    }

    /** Everything the store holds of the graph, read in one transaction: to compare a new graph with. */
    public Neo4jContents contents() {
        Map<String, Map<String, Object>> storedNodes = new HashMap<>();
        Map<String, Map<String, Object>> storedRelationships = new HashMap<>();
        try (Session session = session()) {
            session.executeRead(tx -> {
                tx.run(GraphSyncCypher.ALL_NODES).forEachRemaining(record -> {
                    Map<String, Object> properties = withoutTimes(record.get("properties").asMap());
                    storedNodes.put((String) properties.get(Labels.NEO4J_IRI), properties);
                });
                tx.run(GraphSyncCypher.ALL_RELATIONSHIPS).forEachRemaining(record -> storedRelationships.put(
                        Neo4jContents.relationshipKey(record.get("from").asString(), record.get("type").asString(),
                                record.get("to").asString()),
                        withoutTimes(record.get("properties").asMap())));
                return null;
            });
        }
        return new Neo4jContents(storedNodes, storedRelationships);
    }

    /**
     * Writes these changes in ONE write transaction: a reader, or a crash, sees the old graph or
     * the new one, never half. Into an empty store ({@link Neo4jChanges#intoEmptyStore()}) the
     * graph is loaded in batches instead, for speed: an interrupted first load is repaired by the
     * next sync.
     */
    public SyncReport apply(Neo4jChanges changes) {
        if (changes.intoEmptyStore()) {
            var load = write(new GraphRows(changes.nodesToWrite(), changes.relationshipsToWrite()),
                    GraphWriteCypher::createNodes, GraphWriteCypher::createRelationships);
            return new SyncReport(load.nodes(), 0, load.relationships(), 0);
        }
        try (Session session = session()) {
            session.executeWrite(tx -> {
                changes.relationshipsToDelete().forEach((relation, rows) ->
                        batches(rows).forEach(batch -> tx.run(GraphSyncCypher.deleteRelationships(relation), Map.of("rows", batch)).consume()));
                batches(changes.nodesToDelete()).forEach(batch -> tx.run(GraphSyncCypher.DELETE_NODES, Map.of("iris", batch)).consume());
                changes.nodesToWrite().forEach((kind, rows) ->
                        batches(rows).forEach(batch -> tx.run(GraphWriteCypher.mergeNodes(kind), Map.of("rows", batch)).consume()));
                changes.relationshipsToWrite().forEach((relation, rows) -> batches(rows).forEach(
                        batch -> tx.run(GraphWriteCypher.mergeRelationships(relation), Map.of("rows", batch)).consume()));
                return null;
            });
        }
        return changes.counts();
    }

    private <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new java.util.ArrayList<>();
        for (int from = 0; from < rows.size(); from += options.batchSize()) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + options.batchSize())));
        }
        return batches;
    }

    /** The graph's own properties: the history's time properties ({@link #writeHistory}) are not the graph's. */
    private static Map<String, Object> withoutTimes(Map<String, Object> properties) {
        if (HistoryCypher.TIME_PROPERTIES.stream().noneMatch(properties::containsKey)) {
            return properties;
        }
        Map<String, Object> own = new HashMap<>(properties);
        HistoryCypher.TIME_PROPERTIES.forEach(own::remove);
        return own;
    }

    /**
     * Writes the history in ONE write transaction, replacing any history there: the revisions, the
     * presences, and the time properties of the nodes and relationships the rows name (those of the
     * graph the store holds).
     */
    public void writeHistory(HistoryRows rows) {
        try (Session session = session()) {
            session.executeWrite(tx -> {
                clearHistory(tx);
                batches(rows.revisions()).forEach(batch -> tx.run(HistoryCypher.CREATE_REVISIONS, Map.of("rows", batch)).consume());
                batches(rows.presences()).forEach(batch -> tx.run(HistoryCypher.CREATE_PRESENCES, Map.of("rows", batch)).consume());
                batches(rows.nodeTimes()).forEach(batch -> tx.run(HistoryCypher.SET_NODE_TIMES, Map.of("rows", batch)).consume());
                rows.relationshipTimes().forEach((relation, relationRows) -> batches(relationRows).forEach(
                        batch -> tx.run(HistoryCypher.setRelationshipTimes(relation), Map.of("rows", batch)).consume()));
                return null;
            });
        }
    }

    /** Removes the history: revisions, presences and time properties (in one write transaction). */
    public void clearHistory() {
        try (Session session = session()) {
            session.executeWrite(tx -> {
                clearHistory(tx);
                return null;
            });
        }
    }

    private static void clearHistory(org.neo4j.driver.TransactionContext tx) {
        tx.run(HistoryCypher.DELETE_HISTORY_NODES).consume();
        tx.run(HistoryCypher.CLEAR_NODE_TIMES).consume();
        tx.run(HistoryCypher.CLEAR_RELATIONSHIP_TIMES).consume();
    }

    /** The number of Revision and of Presence nodes. */
    public Map<String, Long> historyCounts() {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Record record = tx.run(HistoryCypher.COUNT_HISTORY_NODES).single();
                return Map.of(History.NEO4J_REVISION, record.get("revisions").asLong(), History.NEO4J_PRESENCE, record.get("presences").asLong());
            });
        }
    }

    /** True when the store holds no node it wrote. */
    public boolean isEmpty() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(GraphSyncCypher.COUNT_RESOURCES).single().get("count").asLong()) == 0;
        }
    }

    /** Deletes every node the store wrote, and its relationships. */
    public void clear() {
        try (Session session = session()) {
            session.run(GraphWriteCypher.DELETE_ALL).consume();
        }
    }

    /** Nodes per class, classes with none left out (as {@link KnowledgeGraph#nodesPerKind()}). */
    public Map<NodeKind, Long> nodesPerKind() {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        try (Session session = session()) {
            for (NodeKind kind : NodeKind.values()) {
                long count = session.executeRead(tx -> tx.run(GraphReadCypher.countNodes(kind)).single().get("count").asLong());
                if (count > 0) {
                    counts.put(kind, count);
                }
            }
        }
        return counts;
    }

    /** Relationships per relation, relations with none left out (as {@link KnowledgeGraph#edgesPerRelation()}). */
    public Map<Relation, Long> relationshipsPerRelation() {
        Map<Relation, Long> counts = new EnumMap<>(Relation.class);
        try (Session session = session()) {
            for (Relation relation : Relation.values()) {
                long count = session.executeRead(
                        tx -> tx.run(GraphReadCypher.countRelationships(relation)).single().get("count").asLong());
                if (count > 0) {
                    counts.put(relation, count);
                }
            }
        }
        return counts;
    }

    /** The node with this IRI and all its properties. */
    public Optional<StoredNode> findNode(String iri) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(GraphReadCypher.FIND_NODE, Map.of("iri", iri)).list()).stream()
                    .findFirst()
                    .map(record -> new StoredNode(kindOf(record), iri, record.get("properties").asMap()));
        }
    }

    /** The relationship of this type between these two nodes, with its provenance lists. */
    public Optional<StoredRelationship> findRelationship(String subject, Relation relation, String object) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(GraphReadCypher.findRelationship(relation), Map.of("from", subject, "to", object)).list())
                    .stream()
                    .findFirst()
                    .map(record -> new StoredRelationship(subject, relation, object, record.get("properties").asMap()));
        }
    }

    private static NodeKind kindOf(Record record) {
        List<String> labels = record.get("labels").asList(value -> value.asString());
        for (NodeKind kind : NodeKind.values()) {
            if (labels.contains(kind.neo4jLabel())) {
                return kind;
            }
        }
        throw new IllegalStateException("node without a class label: " + labels);
    }

    private Session session() {
        return driver.session(sessionConfig);
    }

    @Override
    public void close() {
        driver.close();
    }
}
