package org.genaikg.api.timeline;

import java.util.List;
import org.genaikg.api.web.Elements.Position;

/**
 * Everything the explorer's time slider needs, in one answer ({@code GET /api/history/timeline}) that a
 * static file can hold as well ({@code kg publish --repo} writes it as {@code data/history/timeline.json}):
 * the walked commits, and every node and relation the history ever held with its stays, so that the graph
 * as of any commit, and what changed between two commits, are computed without asking again.
 *
 * <p>Shown as the explorer's whole graph shows the current one: sections folded into their documents
 * (their relations lifted to the document, {@code partOf} left out). A stay is {@code [first, last]}: the
 * numbers of the first and the last revision it was there, {@code last} null while it still is. Every node
 * carries its {@code position} in the overview layout of all the nodes ever held, so that a node keeps its
 * place from one commit to the next, and one that left can be drawn where it was.
 *
 * @param history false (and the lists empty) when {@code kg history} never ran on the data folder
 */
public record Timeline(boolean history, List<Revision> revisions, List<Node> nodes, List<Edge> edges) {
    public static final Timeline NONE = new Timeline(false, List.of(), List.of(), List.of());

    public Timeline {
        revisions = List.copyOf(revisions);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A walked commit: its number (its place on the first-parent chain from the root), full id, commit date, message. */
    public record Revision(long n, String commit, String date, String message) {}

    /**
     * A node ever held: its short id, its label and class ({@code type}, as in the graph's elements) in its
     * latest stay, its stays, and its place.
     */
    public record Node(String id, String label, String type, List<List<Long>> stays, Position position) {}

    /** A relation ever held, between two nodes' short ids ({@code relation}: its local name), with its stays. */
    public record Edge(String source, String target, String relation, List<List<Long>> stays) {}
}
