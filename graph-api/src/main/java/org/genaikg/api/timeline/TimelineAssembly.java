package org.genaikg.api.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.Elements.Position;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * Turns the history's stays into a {@link Timeline}: sections folded into their documents (through the
 * {@code partOf} statements the history ever held), their relations lifted to the document with their
 * stays merged, and every node placed by {@code layout} over all the nodes and relations ever held. Pure logic.
 */
final class TimelineAssembly {
    /** How many {@code partOf} steps a section may be from its document. */
    private static final int DEEPEST_SECTION = 16;

    /**
     * One stay of a node ({@code relation} null) or of a relation statement ({@code from}, {@code relation},
     * {@code to}: IRIs), by the numbers of its first and last revision. {@code kind} and {@code label}: a node's then.
     */
    record StayRow(String owner, long first, long last, boolean removed, NodeKind kind, String label, String from,
                   Relation relation, String to) {}

    private record NodeStays(NodeKind kind, String label, Stays stays) {}

    private TimelineAssembly() {}

    static Timeline of(List<Timeline.Revision> revisions, List<StayRow> rows,
                       BiFunction<List<IndexedNode>, List<IndexedEdge>, Map<String, Position>> layout) {
        if (revisions.isEmpty()) {
            return Timeline.NONE;
        }
        List<StayRow> ordered = rows.stream().sorted(Comparator.comparingLong(StayRow::first)).toList();
        Map<String, NodeStays> nodes = new TreeMap<>();
        Map<String, String> parent = new HashMap<>();
        for (StayRow row : ordered) {
            if (row.relation() == null) {
                // the latest stay's class and label win: rows come oldest first
                Stays stays = nodes.containsKey(row.owner()) ? nodes.get(row.owner()).stays() : new Stays();
                stays.add(row.first(), row.last(), row.removed());
                nodes.put(row.owner(), new NodeStays(row.kind(), row.label(), stays));
            } else if (row.relation() == Relation.PART_OF) {
                parent.putIfAbsent(row.from(), row.to());
            }
        }
        Map<IndexedEdge, Stays> edges = new LinkedHashMap<>();
        for (StayRow row : ordered) {
            if (row.relation() == null || row.relation() == Relation.PART_OF) {
                continue;
            }
            String source = shown(row.from(), nodes, parent);
            String target = shown(row.to(), nodes, parent);
            if (source != null && target != null && !source.equals(target)) {
                edges.computeIfAbsent(new IndexedEdge(source, row.relation(), target), e -> new Stays())
                        .add(row.first(), row.last(), row.removed());
            }
        }
        List<IndexedNode> shownNodes = new ArrayList<>();
        nodes.forEach((iri, node) -> {
            if (node.kind() != NodeKind.SECTION) {
                shownNodes.add(new IndexedNode(iri, node.kind(), node.label(), List.of(), ""));
            }
        });
        Map<String, Position> positions = layout.apply(shownNodes, List.copyOf(edges.keySet()));
        List<Timeline.Node> timelineNodes = shownNodes.stream().map(node -> new Timeline.Node(NodeIds.shortId(node.iri()), node.label(),
                node.kind() == null ? null : node.kind().localName(), nodes.get(node.iri()).stays().merged(), positions.get(node.iri())))
                .toList();
        List<Timeline.Edge> timelineEdges = edges.entrySet().stream().map(e -> new Timeline.Edge(NodeIds.shortId(e.getKey().source()),
                NodeIds.shortId(e.getKey().target()), e.getKey().relation().localName(), e.getValue().merged())).toList();
        return new Timeline(true, revisions, timelineNodes, timelineEdges);
    }

    /** The node a relation's end is drawn as: itself, its document when it is a section, or null when not drawn. */
    private static String shown(String iri, Map<String, NodeStays> nodes, Map<String, String> parent) {
        String at = iri;
        for (int step = 0; step <= DEEPEST_SECTION && nodes.containsKey(at); step++) {
            NodeKind kind = nodes.get(at).kind();
            if (kind != NodeKind.SECTION) {
                return at;
            }
            at = parent.get(at);
        }
        return null;
    }
}
