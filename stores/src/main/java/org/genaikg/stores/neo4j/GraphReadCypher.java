package org.genaikg.stores.neo4j;

import java.util.EnumMap;
import java.util.Map;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** The Cypher that reads the graph back: counts (answered from Neo4j's count store) and single nodes and relationships. */
final class GraphReadCypher {

    private static final String COUNT_NODES = """
            MATCH (n:%1$s)
            RETURN count(n) AS count
            """;

    private static final String COUNT_RELATIONSHIPS = """
            MATCH ()-[r:%1$s]->()
            RETURN count(r) AS count
            """;

    static final String FIND_NODE = """
            MATCH (n:%1$s {%2$s: $iri})
            RETURN labels(n) AS labels, properties(n) AS properties
            """.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI);

    private static final String FIND_RELATIONSHIP = """
            MATCH (:%1$s {%2$s: $from})-[r:%3$s]->(:%1$s {%2$s: $to})
            RETURN properties(r) AS properties
            """;

    private static final Map<NodeKind, String> NODE_COUNTS = new EnumMap<>(NodeKind.class);
    private static final Map<Relation, String> RELATIONSHIP_COUNTS = new EnumMap<>(Relation.class);
    private static final Map<Relation, String> RELATIONSHIP_FINDS = new EnumMap<>(Relation.class);

    static {
        for (NodeKind kind : NodeKind.values()) {
            NODE_COUNTS.put(kind, COUNT_NODES.formatted(kind.neo4jLabel()));
        }
        for (Relation relation : Relation.values()) {
            RELATIONSHIP_COUNTS.put(relation, COUNT_RELATIONSHIPS.formatted(relation.relationshipType()));
            RELATIONSHIP_FINDS.put(relation,
                    FIND_RELATIONSHIP.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, relation.relationshipType()));
        }
    }

    private GraphReadCypher() {}

    static String countNodes(NodeKind kind) {
        return NODE_COUNTS.get(kind);
    }

    static String countRelationships(Relation relation) {
        return RELATIONSHIP_COUNTS.get(relation);
    }

    static String findRelationship(Relation relation) {
        return RELATIONSHIP_FINDS.get(relation);
    }
}
