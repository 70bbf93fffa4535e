package org.genaikg.api.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.web.Elements;
import org.genaikg.api.web.NoPathFound;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shortest path between two nodes, ignoring edge direction, as Cytoscape.js elements. */
@RestController
@Tag(name = "graph")
class PathController {
    private final CurrentRelationGraph graphs;

    PathController(CurrentRelationGraph graphs) {
        this.graphs = graphs;
    }

    @Operation(summary = "A shortest path between two nodes",
            description = "The fewest hops from one node to the other over the allowed relations, followed in either "
                    + "direction, as Cytoscape.js elements (the path's nodes and edges).")
    @ApiResponse(responseCode = "200", description = "The path")
    @ApiResponse(responseCode = "400", description = "from or to missing, or an unknown relation")
    @ApiResponse(responseCode = "404", description = "No node has one of the ids, or no path joins them")
    @GetMapping("/api/path")
    Elements path(
            @Parameter(description = "The first node: IRI or short form", example = "model/llama-2") @RequestParam String from,
            @Parameter(description = "The other node: IRI or short form", example = "concept/transformer") @RequestParam String to,
            @Parameter(description = "Relations the path may follow, comma-separated local names; all when absent")
            @RequestParam(required = false) String relations) {
        RelationGraph graph = graphs.get();
        String start = graphs.existing(graph, from);
        String end = graphs.existing(graph, to);
        List<IndexedEdge> path = graph.shortestPath(start, end, Parameters.relations(relations));
        if (path.isEmpty() && !start.equals(end)) {
            throw new NoPathFound("No path joins " + from + " and " + to + " over the allowed relations.");
        }
        return SubgraphElements.of(graph.pathSubgraph(start, path));
    }
}
