package org.genaikg.api.cypher;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.genaikg.api.web.Elements;

/**
 * The answer of {@code POST /api/cypher}: the rows, keyed by column, at most the row cap of them
 * ({@code truncated} when there were more), and, when the rows hold nodes, relationships or paths,
 * those as Cytoscape.js elements (the shape of {@code /api/graph}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CypherAnswer(List<String> columns, List<Map<String, Object>> rows, boolean truncated, Elements.Body elements) {}
