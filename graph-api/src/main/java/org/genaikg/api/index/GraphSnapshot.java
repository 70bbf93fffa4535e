package org.genaikg.api.index;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.SourceSpan;

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

    /** The snapshot of an extracted graph, as the store would give it: each node's context is its first evidence's text. */
    public static GraphSnapshot of(KnowledgeGraph graph) {
        List<IndexedNode> nodes = graph.nodes().stream().map(node -> new IndexedNode(node.iri(), node.kind(), node.label(),
                List.copyOf(node.altLabels()), node.provenance().stream()
                        .min(Comparator.comparing(SourceSpan::path).thenComparingInt(SourceSpan::line).thenComparing(SourceSpan::text))
                        .map(SourceSpan::text).orElse(""))).toList();
        List<IndexedEdge> edges = graph.edges().stream().map(e -> new IndexedEdge(e.subject(), e.relation(), e.object())).toList();
        return of(nodes, edges);
    }

    public IndexedNode node(String iri) {
        return nodes.get(iri);
    }
}
