package org.genaikg.stores.neo4j;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/**
 * The Cypher that writes the history ({@code kg history}): {@code Revision} and {@code Presence}
 * nodes, which are no {@code Resource} (no class of the extracted graph), and the time properties
 * of the nodes and relationships of the graph. Names come from {@link History}; values travel as
 * {@code $rows}.
 */
final class HistoryCypher {

    /** The time properties a node or relationship of the graph carries. */
    static final List<String> TIME_PROPERTIES = List.of(
            History.NEO4J_FIRST_SEEN_COMMIT, History.NEO4J_FIRST_SEEN_AT, History.NEO4J_LAST_SEEN_COMMIT, History.NEO4J_LAST_SEEN_AT,
            History.NEO4J_ADDED_IN, History.NEO4J_ADDED_AT, History.NEO4J_REMOVED_IN, History.NEO4J_REMOVED_AT,
            History.NEO4J_SOURCE_COMMITS);

    static final List<String> REVISION_PROPERTIES = List.of(
            History.NEO4J_COMMIT_ID, History.NEO4J_REVISION_NUMBER, History.NEO4J_MESSAGE, History.NEO4J_AUTHORED_AT,
            History.NEO4J_COMMITTED_AT);

    static final List<String> PRESENCE_PROPERTIES = List.of(
            History.NEO4J_OF, History.NEO4J_CLASS, History.NEO4J_RELATION, History.NEO4J_SUBJECT, History.NEO4J_OBJECT, Labels.NEO4J_LABEL,
            History.NEO4J_FIRST_SEEN_COMMIT, History.NEO4J_FIRST_SEEN_AT, History.NEO4J_LAST_SEEN_COMMIT, History.NEO4J_LAST_SEEN_AT,
            History.NEO4J_REMOVED_IN, History.NEO4J_REMOVED_AT, Provenance.NEO4J_SOURCE_PATHS);

    static final String DELETE_HISTORY_NODES = """
            MATCH (n) WHERE n:%1$s OR n:%2$s
            DETACH DELETE n
            """.formatted(History.NEO4J_REVISION, History.NEO4J_PRESENCE);

    static final String CLEAR_NODE_TIMES = """
            MATCH (n:%1$s)
            REMOVE %2$s
            """.formatted(Labels.NEO4J_RESOURCE, removals("n"));

    static final String CLEAR_RELATIONSHIP_TIMES = """
            MATCH (:%1$s)-[r]->(:%1$s)
            REMOVE %2$s
            """.formatted(Labels.NEO4J_RESOURCE, removals("r"));

    static final String COUNT_HISTORY_NODES = """
            OPTIONAL MATCH (r:%1$s) WITH count(r) AS revisions
            OPTIONAL MATCH (p:%2$s) RETURN revisions, count(p) AS presences
            """.formatted(History.NEO4J_REVISION, History.NEO4J_PRESENCE);

    static final String CREATE_REVISIONS = """
            UNWIND $rows AS row
            CREATE (:%1$s {%2$s: row.%2$s, %3$s})
            """.formatted(History.NEO4J_REVISION, Labels.NEO4J_IRI, mapEntries(REVISION_PROPERTIES));

    static final String CREATE_PRESENCES = """
            UNWIND $rows AS row
            CREATE (:%1$s {%2$s: row.%2$s, %3$s})
            """.formatted(History.NEO4J_PRESENCE, Labels.NEO4J_IRI, mapEntries(PRESENCE_PROPERTIES));

    static final String SET_NODE_TIMES = """
            UNWIND $rows AS row
            MATCH (n:%1$s {%2$s: row.%2$s})
            SET %3$s
            """.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, assignments("n", TIME_PROPERTIES));

    private static final Map<Relation, String> SET_RELATIONSHIP_TIMES = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            SET_RELATIONSHIP_TIMES.put(relation, """
                    UNWIND $rows AS row
                    MATCH (:%1$s {%2$s: row.from})-[r:%3$s]->(:%1$s {%2$s: row.to})
                    SET %4$s
                    """.formatted(Labels.NEO4J_RESOURCE, Labels.NEO4J_IRI, relation.relationshipType(), assignments("r", TIME_PROPERTIES)));
        }
    }

    private HistoryCypher() {}

    static String setRelationshipTimes(Relation relation) {
        return SET_RELATIONSHIP_TIMES.get(relation);
    }

    private static String assignments(String variable, List<String> properties) {
        return properties.stream().map(p -> variable + "." + p + " = row." + p).collect(Collectors.joining(", "));
    }

    private static String mapEntries(List<String> properties) {
        return properties.stream().map(p -> p + ": row." + p).collect(Collectors.joining(", "));
    }

    private static String removals(String variable) {
        return TIME_PROPERTIES.stream().map(p -> variable + "." + p).collect(Collectors.joining(", "));
    }
}
