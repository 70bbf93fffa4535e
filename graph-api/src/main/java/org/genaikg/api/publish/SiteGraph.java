package org.genaikg.api.publish;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.genaikg.api.store.NodeIds;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.NodeKind;

/**
 * The graph for a site that draws its own: {@code {generated, nodes: [{id, name, type, weight}],
 * edges: [{source, target, type}]}}. Nodes are the things of the chosen classes (id: the explorer's
 * short id, name: the preferred label, type: the class, weight: the number of pages they are found
 * on); edges the typed relations between them (type: the relation, {@code buildsOn}, ...), never
 * where they are written (mentions, links, sections). Above the cap, the nodes with the most such
 * relations among the chosen classes are kept (then the most pages, then by id), with the edges
 * among them; every edge's ends are nodes. Pure logic, no I/O.
 */
record SiteGraph(String generated, List<SiteNode> nodes, List<SiteEdge> edges) {
    static final Set<NodeKind> DEFAULT_KINDS = Set.of(NodeKind.MODEL, NodeKind.PAPER, NodeKind.CONCEPT, NodeKind.MODALITY);
    static final int DEFAULT_LIMIT = 500;

    record SiteNode(String id, String name, String type, int weight) {}

    record SiteEdge(String source, String target, String type) {}

    static SiteGraph of(KnowledgeGraph graph, Set<NodeKind> kinds, int limit, String generated) {
        Map<String, Node> candidates = new LinkedHashMap<>();
        graph.nodes().stream().filter(n -> kinds.contains(n.kind())).forEach(n -> candidates.put(n.iri(), n));
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Edge edge : graph.edges()) {
            if (RelatedPages.TYPED.contains(edge.relation()) && !edge.subject().equals(edge.object())
                    && candidates.containsKey(edge.subject()) && candidates.containsKey(edge.object())) {
                edges.putIfAbsent(edge.key(), edge);
            }
        }
        Map<String, Integer> connections = new HashMap<>();
        edges.values().forEach(e -> {
            connections.merge(e.subject(), 1, Integer::sum);
            connections.merge(e.object(), 1, Integer::sum);
        });
        Map<String, Integer> weights = new HashMap<>();
        candidates.values().forEach(n -> weights.put(n.iri(), pages(n)));
        Set<String> kept = candidates.keySet().stream()
                .sorted(Comparator.comparingInt((String iri) -> -connections.getOrDefault(iri, 0))
                        .thenComparingInt(iri -> -weights.get(iri))
                        .thenComparing(NodeIds::shortId))
                .limit(limit)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<SiteNode> nodes = kept.stream().map(candidates::get)
                .map(n -> new SiteNode(NodeIds.shortId(n.iri()), n.label(), n.kind().localName(), weights.get(n.iri())))
                .toList();
        List<SiteEdge> siteEdges = edges.values().stream()
                .filter(e -> kept.contains(e.subject()) && kept.contains(e.object()))
                .map(e -> new SiteEdge(NodeIds.shortId(e.subject()), NodeIds.shortId(e.object()), e.relation().localName()))
                .toList();
        return new SiteGraph(generated, nodes, siteEdges);
    }

    private static int pages(Node node) {
        return (int) node.provenance().stream().map(SourceSpan::path).distinct().count();
    }
}
