package org.genaikg.api.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.api.explore.WholeGraph;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.web.Elements.Position;
import org.genaikg.ontology.Relation;

/**
 * What the published explorer loads to draw and search the graph, made from the snapshot {@code kg
 * serve} would hold: {@code graph.json} (the nodes, the edges, the whole graph's lifted edges and the
 * server's positions; the browser computes neighbourhoods, filters and paths from them as
 * {@code RelationGraph} does) and {@code search.json} (aliases and contexts, loaded at the first
 * search). Nodes and edges are written in the snapshot's order and edges refer to nodes by index.
 * Pure logic, no I/O.
 */
final class ExplorerData {
    /** graph.json. */
    record GraphFile(String generated, List<String> relations, List<GraphNode> nodes, List<int[]> edges, List<int[]> overview) {}

    /** A node; {@code position} is absent for the nodes the whole graph does not show (sections). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GraphNode(String id, String label, String type, Position position) {}

    /** search.json: for each node of graph.json, in its order, {@code [aliases, context]}. */
    record SearchFile(List<List<Object>> entries) {}

    private ExplorerData() {}

    static GraphFile graph(GraphSnapshot snapshot, WholeGraph whole, String generated) {
        Map<String, Integer> index = new HashMap<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (IndexedNode node : snapshot.nodes().values()) {
            index.put(node.iri(), nodes.size());
            nodes.add(new GraphNode(node.id(), node.label(), node.kind().localName(), whole.positions().get(node.iri())));
        }
        List<String> relations = Arrays.stream(Relation.values()).map(Relation::localName).toList();
        return new GraphFile(generated, relations, nodes, indexed(snapshot.edges(), index), indexed(whole.edges(), index));
    }

    static SearchFile search(GraphSnapshot snapshot) {
        return new SearchFile(snapshot.nodes().values().stream()
                .map(node -> List.<Object>of(node.aliases(), node.context()))
                .toList());
    }

    private static List<int[]> indexed(List<IndexedEdge> edges, Map<String, Integer> index) {
        return edges.stream()
                .map(e -> new int[] {index.get(e.source()), e.relation().ordinal(), index.get(e.target())})
                .toList();
    }
}
