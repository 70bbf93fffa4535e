package org.genaikg.api.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * The typed relations of a snapshot as an undirected adjacency, with the three views the explorer
 * asks for: a neighbourhood, an overview of the whole graph, and a shortest path. Pure logic, no I/O.
 * An empty set of kinds or relations means all of them.
 */
final class RelationGraph {
    private final GraphSnapshot snapshot;
    private final Map<String, List<IndexedEdge>> incident = new HashMap<>();

    RelationGraph(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
        for (IndexedEdge edge : snapshot.edges()) {
            incident.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge);
            incident.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge);
        }
    }

    boolean contains(String iri) {
        return snapshot.node(iri) != null;
    }

    int degree(String iri) {
        return incident.getOrDefault(iri, List.of()).size();
    }

    /**
     * The nodes within {@code depth} hops of the focus over the allowed relations, breadth first,
     * keeping only neighbours of the allowed kinds (the focus always), at most {@code limit} nodes,
     * with every allowed edge among them.
     */
    Subgraph neighbourhood(String focus, int depth, Set<NodeKind> kinds, Set<Relation> relations, int limit) {
        Set<String> kept = new LinkedHashSet<>(List.of(focus));
        List<String> frontier = List.of(focus);
        for (int hop = 0; hop < depth && !frontier.isEmpty() && kept.size() < limit; hop++) {
            List<String> next = new ArrayList<>();
            for (String iri : frontier) {
                for (IndexedEdge edge : allowed(iri, relations)) {
                    String other = otherEnd(edge, iri);
                    if (kept.size() < limit && allowedKind(other, kinds) && kept.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return induced(kept, relations);
    }

    /**
     * The whole graph at a glance: entities and documents (or the given kinds), sections folded into
     * their documents, the {@code limit} best connected nodes and the relations among them.
     */
    Subgraph overview(Set<NodeKind> kinds, Set<Relation> relations, int limit) {
        Map<String, String> fold = sectionsToDocuments();
        Map<String, IndexedEdge> folded = new LinkedHashMap<>();
        for (IndexedEdge edge : snapshot.edges()) {
            if (edge.relation() == Relation.PART_OF || !(relations.isEmpty() || relations.contains(edge.relation()))) {
                continue;
            }
            String source = fold.getOrDefault(edge.source(), edge.source());
            String target = fold.getOrDefault(edge.target(), edge.target());
            if (!source.equals(target) && inOverview(source, kinds) && inOverview(target, kinds)) {
                IndexedEdge lifted = new IndexedEdge(source, edge.relation(), target);
                folded.putIfAbsent(lifted.id(), lifted);
            }
        }
        Map<String, Integer> degrees = new HashMap<>();
        folded.values().forEach(e -> {
            degrees.merge(e.source(), 1, Integer::sum);
            degrees.merge(e.target(), 1, Integer::sum);
        });
        List<IndexedNode> nodes = snapshot.nodes().values().stream()
                .filter(node -> inOverview(node.iri(), kinds))
                .sorted(Comparator.<IndexedNode>comparingInt(n -> -degrees.getOrDefault(n.iri(), 0))
                        .thenComparing(IndexedNode::iri))
                .limit(limit)
                .toList();
        Set<String> kept = new LinkedHashSet<>(nodes.stream().map(IndexedNode::iri).toList());
        List<IndexedEdge> edges = folded.values().stream()
                .filter(e -> kept.contains(e.source()) && kept.contains(e.target()))
                .toList();
        Map<String, Integer> shown = new HashMap<>();
        kept.forEach(iri -> shown.put(iri, degrees.getOrDefault(iri, 0)));
        return new Subgraph(nodes, edges, shown);
    }

    /** A shortest path, ignoring edge direction, over the allowed relations; empty when there is none. */
    List<IndexedEdge> shortestPath(String from, String to, Set<Relation> relations) {
        Map<String, IndexedEdge> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        Set<String> seen = new LinkedHashSet<>(List.of(from));
        while (!queue.isEmpty() && !seen.contains(to)) {
            String iri = queue.removeFirst();
            for (IndexedEdge edge : allowed(iri, relations)) {
                String other = otherEnd(edge, iri);
                if (seen.add(other)) {
                    reachedBy.put(other, edge);
                    queue.addLast(other);
                }
            }
        }
        if (!seen.contains(to)) {
            return List.of();
        }
        List<IndexedEdge> path = new ArrayList<>();
        for (String at = to; !at.equals(from); ) {
            IndexedEdge edge = reachedBy.get(at);
            path.add(0, edge);
            at = otherEnd(edge, at);
        }
        return path;
    }

    /** The nodes along a path, in order, and its edges. */
    Subgraph pathSubgraph(String from, List<IndexedEdge> path) {
        Set<String> nodes = new LinkedHashSet<>(List.of(from));
        String at = from;
        for (IndexedEdge edge : path) {
            at = otherEnd(edge, at);
            nodes.add(at);
        }
        return new Subgraph(nodes.stream().map(snapshot::node).toList(), path, degrees(nodes));
    }

    private Subgraph induced(Set<String> kept, Set<Relation> relations) {
        Map<String, IndexedEdge> edges = new LinkedHashMap<>();
        for (String iri : kept) {
            for (IndexedEdge edge : allowed(iri, relations)) {
                if (kept.contains(edge.source()) && kept.contains(edge.target())) {
                    edges.putIfAbsent(edge.id(), edge);
                }
            }
        }
        return new Subgraph(kept.stream().map(snapshot::node).toList(), List.copyOf(edges.values()), degrees(kept));
    }

    private Map<String, Integer> degrees(Set<String> iris) {
        Map<String, Integer> degrees = new HashMap<>();
        iris.forEach(iri -> degrees.put(iri, degree(iri)));
        return degrees;
    }

    private List<IndexedEdge> allowed(String iri, Set<Relation> relations) {
        List<IndexedEdge> edges = incident.getOrDefault(iri, List.of());
        return relations.isEmpty() ? edges : edges.stream().filter(e -> relations.contains(e.relation())).toList();
    }

    private boolean allowedKind(String iri, Set<NodeKind> kinds) {
        return kinds.isEmpty() || kinds.contains(snapshot.node(iri).kind());
    }

    private boolean inOverview(String iri, Set<NodeKind> kinds) {
        NodeKind kind = snapshot.node(iri).kind();
        return kinds.isEmpty() ? kind != NodeKind.SECTION : kinds.contains(kind);
    }

    /** Each section mapped to the document it is (transitively) part of. */
    private Map<String, String> sectionsToDocuments() {
        Map<String, String> parent = new HashMap<>();
        snapshot.edges().stream()
                .filter(e -> e.relation() == Relation.PART_OF)
                .forEach(e -> parent.putIfAbsent(e.source(), e.target()));
        Map<String, String> fold = new HashMap<>();
        for (IndexedNode node : snapshot.nodes().values()) {
            if (node.kind() != NodeKind.SECTION) {
                continue;
            }
            String at = node.iri();
            for (int guard = 0; guard < 16 && parent.containsKey(at); guard++) {
                at = parent.get(at);
            }
            if (snapshot.node(at).kind() == NodeKind.DOCUMENT) {
                fold.put(node.iri(), at);
            }
        }
        return fold;
    }

    private static String otherEnd(IndexedEdge edge, String iri) {
        return edge.source().equals(iri) ? edge.target() : edge.source();
    }
}
