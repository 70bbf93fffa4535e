package org.genaikg.api.explore;

import java.util.List;

/**
 * Cytoscape.js elements JSON: {@code {elements: {nodes: [{data: ...}], edges: [{data: ...}]}}}.
 * Node ids are short ids ({@code model/llama-2}), the ones {@code /api/nodes/{id}} takes.
 */
record Elements(Body elements) {
    record Body(List<NodeElement> nodes, List<EdgeElement> edges) {}

    record NodeElement(NodeData data) {}

    record NodeData(String id, String iri, String label, String type, int degree) {}

    record EdgeElement(EdgeData data) {}

    record EdgeData(String id, String source, String target, String relation) {}

    static Elements of(Subgraph subgraph) {
        List<NodeElement> nodes = subgraph.nodes().stream()
                .map(n -> new NodeElement(new NodeData(n.id(), n.iri(), n.label(), n.kind().localName(),
                        subgraph.degrees().getOrDefault(n.iri(), 0))))
                .toList();
        List<EdgeElement> edges = subgraph.edges().stream()
                .map(e -> new EdgeElement(new EdgeData(e.id(), shortId(e.source()), shortId(e.target()),
                        e.relation().localName())))
                .toList();
        return new Elements(new Body(nodes, edges));
    }

    private static String shortId(String iri) {
        return org.genaikg.api.store.NodeIds.shortId(iri);
    }
}
