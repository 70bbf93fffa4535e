package org.genaikg.api.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes and typed relations of the graph at one moment, in memory: what search, the
 * neighbourhood view and path finding work on. Provenance and attributes stay in the store.
 */
public record GraphSnapshot(Map<String, IndexedNode> nodes, List<IndexedEdge> edges) {
    public GraphSnapshot {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
    }

    public static GraphSnapshot of(List<IndexedNode> nodes, List<IndexedEdge> edges) {
        Map<String, IndexedNode> byIri = new LinkedHashMap<>();
        nodes.forEach(node -> byIri.put(node.iri(), node));
        return new GraphSnapshot(byIri, edges.stream()
                .filter(e -> byIri.containsKey(e.source()) && byIri.containsKey(e.target()))
                .toList());
    }

    public IndexedNode node(String iri) {
        return nodes.get(iri);
    }
}
