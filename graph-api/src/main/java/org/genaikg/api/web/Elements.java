package org.genaikg.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * Cytoscape.js elements JSON: {@code {elements: {nodes: [{data: ...}], edges: [{data: ...}]}}}, the
 * shape of {@code /api/graph}, {@code /api/path} and the graph part of {@code /api/cypher}. Node ids
 * are short ids ({@code model/llama-2}), the ones {@code /api/nodes/{id}} takes; edge ids are
 * {@code source relation target}. A node may carry a {@code position} (Cytoscape.js's own field, beside
 * {@code data}): where the server laid it out, for the {@code preset} layout.
 */
public record Elements(Body elements) {
    public record Body(List<NodeElement> nodes, List<EdgeElement> edges) {}

    /** {@code position} is absent (not null) when the server did not lay the node out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeElement(NodeData data, Position position) {}

    /** A node's centre in Cytoscape.js model coordinates (pixels at zoom 1). */
    public record Position(double x, double y) {}

    /** {@code type} is the class's local name, {@code degree} the edges shown for the node. */
    public record NodeData(String id, String iri, String label, String type, int degree) {}

    public record EdgeElement(EdgeData data) {}

    /** {@code relation} is the relation's local name ({@code buildsOn}). */
    public record EdgeData(String id, String source, String target, String relation) {}

    public static Elements of(List<NodeData> nodes, List<EdgeData> edges) {
        return of(nodes, edges, n -> null);
    }

    /** Elements whose nodes carry the position {@code positions} gives them (none where it gives null). */
    public static Elements of(List<NodeData> nodes, List<EdgeData> edges, Function<NodeData, Position> positions) {
        return new Elements(new Body(nodes.stream().map(n -> new NodeElement(n, positions.apply(n))).toList(),
                edges.stream().map(EdgeElement::new).toList()));
    }

    public boolean isEmpty() {
        return elements.nodes().isEmpty() && elements.edges().isEmpty();
    }
}
