package org.genaikg.api.explore;

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
class PathController {
    private final CurrentRelationGraph graphs;

    PathController(CurrentRelationGraph graphs) {
        this.graphs = graphs;
    }

    @GetMapping("/api/path")
    Elements path(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) String relations) {
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
