package org.genaikg.api.cypher;

import org.genaikg.ontology.Labels;

/** The Cypher the endpoint adds around a caller's query. */
final class CypherStatements {

    /** Put before a query, plans it without running it; the plan's summary says whether it would write. */
    static final String EXPLAIN = """
            EXPLAIN
            """;

    /** The nodes at the ends of relationships a query returned without them ({@code $ids}: element ids). */
    static final String NODES_BY_ELEMENT_ID = """
            MATCH (n:%1$s)
            WHERE elementId(n) IN $ids
            RETURN n
            """.formatted(Labels.NEO4J_RESOURCE);

    private CypherStatements() {}

    static String explain(String query) {
        return EXPLAIN + query;
    }
}
