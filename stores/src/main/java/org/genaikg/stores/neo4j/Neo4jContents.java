package org.genaikg.stores.neo4j;

import java.util.HashMap;
import java.util.Map;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Labels;

/**
 * What a Neo4j store holds, as the properties of its nodes by IRI and of its relationships by
 * (subject, type, object): read back from a store ({@link Neo4jGraphStore#contents()}) or what a
 * store holding a graph would hold ({@link #of(KnowledgeGraph)}).
 *
 * @param nodes each node's properties ({@code iri} among them), by IRI
 * @param relationships each relationship's properties, by {@link #relationshipKey}
 */
public record Neo4jContents(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> relationships) {

    /** A store with none of the graph's nodes. */
    public static final Neo4jContents EMPTY = new Neo4jContents(Map.of(), Map.of());

    public Neo4jContents {
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
    }

    /** What a store holds once this graph is written to it. */
    public static Neo4jContents of(KnowledgeGraph graph) {
        GraphRows rows = GraphRows.of(graph);
        Map<String, Map<String, Object>> nodes = new HashMap<>();
        rows.nodes().values().forEach(kindRows -> kindRows.forEach(row -> nodes.put((String) row.get(Labels.NEO4J_IRI), row)));
        Map<String, Map<String, Object>> relationships = new HashMap<>();
        rows.relationships().forEach((relation, relationRows) -> relationRows.forEach(row -> {
            Map<String, Object> properties = new HashMap<>(row);
            String from = (String) properties.remove(GraphRows.FROM);
            String to = (String) properties.remove(GraphRows.TO);
            relationships.put(relationshipKey(from, relation.relationshipType(), to), properties);
        }));
        return new Neo4jContents(nodes, relationships);
    }

    /** True when the store holds no node of the graph. */
    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    static String relationshipKey(String from, String type, String to) {
        return from + "\n" + type + "\n" + to;
    }
}
