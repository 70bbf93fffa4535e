package org.genaikg.api.explore;

import java.util.List;
import java.util.Map;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.Elements;
import org.genaikg.api.web.Elements.Position;

/** A {@link Subgraph} as Cytoscape.js elements. */
final class SubgraphElements {
    private SubgraphElements() {}

    static Elements of(Subgraph subgraph) {
        return of(subgraph, Map.of());
    }

    /** With the position of each node that {@code positions} (by IRI) holds. */
    static Elements of(Subgraph subgraph, Map<String, Position> positions) {
        List<Elements.NodeData> nodes = subgraph.nodes().stream()
                .map(n -> new Elements.NodeData(n.id(), n.iri(), n.label(), n.kind().localName(),
                        subgraph.degrees().getOrDefault(n.iri(), 0)))
                .toList();
        List<Elements.EdgeData> edges = subgraph.edges().stream()
                .map(e -> new Elements.EdgeData(e.id(), NodeIds.shortId(e.source()), NodeIds.shortId(e.target()),
                        e.relation().localName()))
                .toList();
        return Elements.of(nodes, edges, n -> positions.get(n.iri()));
    }
}
