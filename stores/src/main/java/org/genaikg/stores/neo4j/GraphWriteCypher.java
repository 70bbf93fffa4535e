package org.genaikg.stores.neo4j;

import java.util.EnumMap;
import java.util.Map;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * The Cypher that writes the graph. Labels and relationship types are filled in once, from the
 * ontology's enums; everything that comes from the input travels as {@code $rows}.
 */
final class GraphWriteCypher {

    /** One statement per node class: {@code $rows} are {@code {iri, props}}. */
    private static final String MERGE_NODES = """
            UNWIND $rows AS row
            MERGE (n:%1$s {%2$s: row.iri})
            SET n:%3$s, n = row.props
            RETURN count(n) AS written
            """;

    /** One statement per relation: {@code $rows} are {@code {from, to, props}}; rows whose ends are missing write nothing. */
    private static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {%2$s: row.from})
            MATCH (b:%1$s {%2$s: row.to})
            MERGE (a)-[r:%3$s]->(b)
            SET r = row.props
            RETURN count(r) AS written
            """;

    /** Into an empty store (after {@link #DELETE_ALL}): no lookup before each write. {@code $rows} as for merging. */
    private static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:%1$s:%2$s)
            SET n += row.props
            RETURN count(n) AS written
            """;

    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {%2$s: row.from})
            MATCH (b:%1$s {%2$s: row.to})
            CREATE (a)-[r:%3$s]->(b)
            SET r += row.props
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
        for (NodeKind kind : NodeKind.values()) {
            NODE_MERGES.put(kind, MERGE_NODES.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, kind.neo4jLabel()));
            NODE_CREATES.put(kind, CREATE_NODES.formatted(Labels.NEO4J_RESOURCE, kind.neo4jLabel()));
        }
        for (Relation relation : Relation.values()) {
            RELATIONSHIP_MERGES.put(relation,
                    MERGE_RELATIONSHIPS.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, relation.relationshipType()));
            RELATIONSHIP_CREATES.put(relation,
                    CREATE_RELATIONSHIPS.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, relation.relationshipType()));
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
}
