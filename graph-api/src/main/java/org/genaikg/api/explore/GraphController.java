package org.genaikg.api.explore;

import org.genaikg.api.KgProperties;
import org.genaikg.api.web.Elements;
import org.genaikg.api.web.InvalidParameter;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subgraph as Cytoscape.js elements: around a focus node, or the whole graph when none is given,
 * whose nodes then carry their {@code position} in the server's layout.
 */
@RestController
class GraphController {
    static final int MAX_DEPTH = 4;

    private final CurrentRelationGraph graphs;
    private final KgProperties properties;

    GraphController(CurrentRelationGraph graphs, KgProperties properties) {
        this.graphs = graphs;
        this.properties = properties;
    }

    @GetMapping("/api/graph")
    Elements graph(
            @RequestParam(required = false) String focus,
            @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) String types,
            @RequestParam(required = false) String relations,
            @RequestParam(defaultValue = "500") int limit) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new InvalidParameter("depth must be between 0 and " + MAX_DEPTH + ", was " + depth + ".");
        }
        RelationGraph graph = graphs.get();
        int cap = Parameters.limit(limit, properties.queryRowCap());
        if (focus == null || focus.isBlank()) {
            return graphs.overview(Parameters.kinds(types), Parameters.relations(relations), cap);
        }
        String iri = graphs.existing(graph, focus);
        return SubgraphElements.of(graph.neighbourhood(iri, depth, Parameters.kinds(types), Parameters.relations(relations), cap));
    }
}
