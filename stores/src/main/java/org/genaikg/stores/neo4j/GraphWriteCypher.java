package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/**
 * The Cypher that writes the graph. Labels, relationship types and property names are filled in
 * once, from the ontology; everything that comes from the input travels as {@code $rows}, flat
 * maps keyed by property name ({@link GraphRows}).
 *
 * <p>Every property is named: a {@code SET n = row.props} could overwrite {@code iri}, which the
 * planner guards against with an Eager operator that buffers the whole batch.
 */
final class GraphWriteCypher {

    /** Every property a node may carry besides {@code iri}. */
    static final List<String> NODE_PROPERTIES = nodeProperties();
    /** Every property a relationship carries. */
    static final List<String> RELATIONSHIP_PROPERTIES = List.of(
            Provenance.NEO4J_SOURCE_PATHS, Provenance.NEO4J_SOURCE_LINES, Provenance.NEO4J_SOURCE_TEXTS, Provenance.NEO4J_RULES);

    /** Upsert by IRI; every known property is replaced (a missing one removed). IRIs name their class, so the class label is part of the match. */
    private static final String MERGE_NODES = """
            UNWIND $rows AS row
            MERGE (n:%1$s:%2$s {%3$s: row.%3$s})
            SET %4$s
            RETURN count(n) AS written
            """;

    /** Rows whose ends are missing write nothing. */
    private static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {%2$s: row.from})
            MATCH (b:%1$s {%2$s: row.to})
            MERGE (a)-[r:%3$s]->(b)
            SET %4$s
            RETURN count(r) AS written
            """;

    /** Into an empty store (after {@link #DELETE_ALL}): no lookup before each write. */
    private static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:%1$s:%2$s {%3$s: row.%3$s, %4$s})
            RETURN count(n) AS written
            """;

    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {%2$s: row.from})
            MATCH (b:%1$s {%2$s: row.to})
            CREATE (a)-[r:%3$s {%4$s}]->(b)
            RETURN count(r) AS written
            """;

    /** Deletes every node the store wrote, with its relationships, in batches of its own. */
    static final String DELETE_ALL = """
            MATCH (n:%1$s)
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(Labels.NEO4J_RESOURCE);

    private static final Map<NodeKind, String> NODE_MERGES = new EnumMap<>(NodeKind.class);
    private static final Map<Relation, String> RELATIONSHIP_MERGES = new EnumMap<>(Relation.class);
    private static final Map<NodeKind, String> NODE_CREATES = new EnumMap<>(NodeKind.class);
    private static final Map<Relation, String> RELATIONSHIP_CREATES = new EnumMap<>(Relation.class);

    static {
        String resource = Labels.NEO4J_RESOURCE;
        String iri = Labels.NEO4J_IRI;
        for (NodeKind kind : NodeKind.values()) {
            NODE_MERGES.put(kind, MERGE_NODES.formatted(resource, kind.neo4jLabel(), iri, assignments("n", NODE_PROPERTIES)));
            NODE_CREATES.put(kind, CREATE_NODES.formatted(resource, kind.neo4jLabel(), iri, mapEntries(NODE_PROPERTIES)));
        }
        for (Relation relation : Relation.values()) {
            String type = relation.relationshipType();
            RELATIONSHIP_MERGES.put(relation, MERGE_RELATIONSHIPS.formatted(resource, iri, type, assignments("r", RELATIONSHIP_PROPERTIES)));
            RELATIONSHIP_CREATES.put(relation, CREATE_RELATIONSHIPS.formatted(resource, iri, type, mapEntries(RELATIONSHIP_PROPERTIES)));
        }
    }

    private GraphWriteCypher() {}

    static String mergeNodes(NodeKind kind) {
        return NODE_MERGES.get(kind);
    }

    static String mergeRelationships(Relation relation) {
        return RELATIONSHIP_MERGES.get(relation);
    }

    static String createNodes(NodeKind kind) {
        return NODE_CREATES.get(kind);
    }

    static String createRelationships(Relation relation) {
        return RELATIONSHIP_CREATES.get(relation);
    }

    private static List<String> nodeProperties() {
        List<String> properties = new ArrayList<>(List.of(Labels.NEO4J_LABEL, Labels.NEO4J_ALIASES));
        for (Attribute attribute : Attribute.values()) {
            properties.add(attribute.neo4jProperty());
        }
        properties.addAll(List.of(
                Provenance.NEO4J_SOURCE_PATHS, Provenance.NEO4J_SOURCE_LINES, Provenance.NEO4J_SOURCE_TEXTS, Provenance.NEO4J_RULES));
        return List.copyOf(properties);
    }

    /** {@code n.label = row.label, n.aliases = row.aliases, ...} */
    private static String assignments(String variable, List<String> properties) {
        return properties.stream().map(p -> variable + "." + p + " = row." + p).collect(Collectors.joining(", "));
    }

    /** {@code label: row.label, aliases: row.aliases, ...} */
    private static String mapEntries(List<String> properties) {
        return properties.stream().map(p -> p + ": row." + p).collect(Collectors.joining(", "));
    }
}
