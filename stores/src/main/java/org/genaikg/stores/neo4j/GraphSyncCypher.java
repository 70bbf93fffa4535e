package org.genaikg.stores.neo4j;

import java.util.EnumMap;
import java.util.Map;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Relation;

/**
 * The Cypher of a differential sync: read the whole stored graph, then delete what the new graph
 * lacks. Upserts reuse {@link GraphWriteCypher}'s {@code MERGE} statements.
 */
final class GraphSyncCypher {

    static final String ALL_NODES = """
            MATCH (n:%1$s)
            RETURN properties(n) AS properties
            """.formatted(Labels.NEO4J_RESOURCE);

    static final String ALL_RELATIONSHIPS = """
            MATCH (a:%1$s)-[r]->(b:%1$s)
            RETURN a.%2$s AS from, type(r) AS type, b.%2$s AS to, properties(r) AS properties
            """.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI);

    static final String COUNT_RESOURCES = """
            MATCH (n:%1$s)
            RETURN count(n) AS count
            """.formatted(Labels.NEO4J_RESOURCE);

    static final String DELETE_NODES = """
            UNWIND $iris AS iri
            MATCH (n:%1$s {%2$s: iri})
            DETACH DELETE n
            """.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI);

    private static final String DELETE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (:%1$s {%2$s: row.from})-[r:%3$s]->(:%1$s {%2$s: row.to})
            DELETE r
            """;

    private static final Map<Relation, String> RELATIONSHIP_DELETES = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            RELATIONSHIP_DELETES.put(relation,
                    DELETE_RELATIONSHIPS.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, relation.relationshipType()));
        }
    }

    private GraphSyncCypher() {}

    static String deleteRelationships(Relation relation) {
        return RELATIONSHIP_DELETES.get(relation);
    }
}
