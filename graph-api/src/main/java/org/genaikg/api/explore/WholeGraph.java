package org.genaikg.api.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.web.Elements.Position;

/**
 * The whole graph as the explorer's first view shows it: every node but the sections, which are
 * folded into their documents (their edges lifted to the document, {@code partOf} left out), and the
 * position of each node in the server's layout ({@link OverviewLayout}). {@code kg serve} computes it
 * once per snapshot; {@code kg publish} writes it beside the explorer.
 *
 * @param edges the lifted edges, each once, in the order of the snapshot's edges
 * @param positions each shown node's centre, by IRI
 */
public record WholeGraph(List<IndexedEdge> edges, Map<String, Position> positions) {
    public WholeGraph {
        edges = List.copyOf(edges);
        positions = Map.copyOf(positions);
    }

    public static WholeGraph of(GraphSnapshot snapshot) {
        return of(new RelationGraph(snapshot));
    }

    static WholeGraph of(RelationGraph graph) {
        return of(graph, OverviewLayout::of);
    }

    /** As {@link #of(RelationGraph)}, with the positions from {@code layout} (say, one kept on disk). */
    static WholeGraph of(RelationGraph graph, Function<Subgraph, Map<String, Position>> layout) {
        Subgraph whole = graph.overview(Set.of(), Set.of(), Integer.MAX_VALUE);
        return new WholeGraph(whole.edges(), layout.apply(whole));
    }

    /**
     * The overview layout ({@link OverviewLayout}) of any nodes and the edges among them, each node's degree
     * counted from {@code edges}: say, every node a history ever held, so that a node keeps its place as the
     * explorer moves through time.
     */
    public static Map<String, Position> layOut(List<IndexedNode> nodes, List<IndexedEdge> edges) {
        Map<String, Integer> degrees = new HashMap<>();
        for (IndexedEdge edge : edges) {
            degrees.merge(edge.source(), 1, Integer::sum);
            degrees.merge(edge.target(), 1, Integer::sum);
        }
        return OverviewLayout.of(new Subgraph(nodes, edges, degrees));
    }
}
