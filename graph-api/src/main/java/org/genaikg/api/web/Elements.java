package org.genaikg.api.web;

import java.util.List;

/**
 * Cytoscape.js elements JSON: {@code {elements: {nodes: [{data: ...}], edges: [{data: ...}]}}}, the
 * shape of {@code /api/graph}, {@code /api/path} and the graph part of {@code /api/cypher}. Node ids
 * are short ids ({@code model/llama-2}), the ones {@code /api/nodes/{id}} takes; edge ids are
 * {@code source relation target}.
 */
public record Elements(Body elements) {
    public record Body(List<NodeElement> nodes, List<EdgeElement> edges) {}

    public record NodeElement(NodeData data) {}

    /** {@code type} is the class's local name, {@code degree} the edges shown for the node. */
    public record NodeData(String id, String iri, String label, String type, int degree) {}

    public record EdgeElement(EdgeData data) {}

    /** {@code relation} is the relation's local name ({@code buildsOn}). */
    public record EdgeData(String id, String source, String target, String relation) {}

    public static Elements of(List<NodeData> nodes, List<EdgeData> edges) {
        return new Elements(new Body(nodes.stream().map(NodeElement::new).toList(), edges.stream().map(EdgeElement::new).toList()));
    }

    public boolean isEmpty() {
        return elements.nodes().isEmpty() && elements.edges().isEmpty();
    }
}
