package org.genaikg.api.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "graph")
class GraphController {
    static final int MAX_DEPTH = 4;

    private final CurrentRelationGraph graphs;
    private final KgProperties properties;

    GraphController(CurrentRelationGraph graphs, KgProperties properties) {
        this.graphs = graphs;
        this.properties = properties;
    }

    @Operation(summary = "A subgraph as Cytoscape.js elements",
            description = "The nodes within depth hops of focus, or the whole graph when no focus is given, up to limit "
                    + "nodes, as Cytoscape.js elements: {elements: {nodes: [{data: {id, iri, label, type, degree}}], "
                    + "edges: [{data: {id, source, target, relation}}]}}.")
    @ApiResponse(responseCode = "200", description = "The elements")
    @ApiResponse(responseCode = "400", description = "depth outside 0 to 4, an unknown class or relation, or a limit below 1")
    @ApiResponse(responseCode = "404", description = "No node has the focus id")
    @GetMapping("/api/graph")
    Elements graph(
            @Parameter(description = "The node to centre on: its IRI or short form; the whole graph when absent", example = "model/llama-2")
            @RequestParam(required = false) String focus,
            @Parameter(description = "Hops from the focus, 0 to 4") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = "Classes to keep, comma-separated local names; all when absent", example = "Model,Paper")
            @RequestParam(required = false) String types,
            @Parameter(description = "Relations to follow, comma-separated local names (buildsOn, hasModality, componentOf, "
                    + "describedIn, kindOf, hasCode, partOf, mentions, linksTo); all when absent", example = "buildsOn,describedIn")
            @RequestParam(required = false) String relations,
            @Parameter(description = "The most nodes to return (capped by kg.query-row-cap)") @RequestParam(defaultValue = "500") int limit) {
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
