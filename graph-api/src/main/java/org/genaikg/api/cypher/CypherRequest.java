package org.genaikg.api.cypher;

import java.util.Map;

/** The body of {@code POST /api/cypher}: a read-only Cypher query and its {@code $parameters}. */
record CypherRequest(String query, Map<String, Object> parameters) {
    CypherRequest {
        parameters = parameters == null ? Map.of() : parameters;
    }
}
