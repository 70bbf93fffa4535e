package org.genaikg.extractor.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** The extracted graph: nodes and edges sorted by IRI, and what the build reports. */
public record KnowledgeGraph(List<Node> nodes, List<Edge> edges, List<Problem> problems, int documents) implements java.io.Serializable {

    public KnowledgeGraph {
        nodes = nodes.stream().sorted(Comparator.comparing(Node::iri)).toList();
        edges = edges.stream().sorted(Comparator.comparing(Edge::key)).toList();
        problems = problems.stream().sorted().toList();
    }

    public Map<NodeKind, Long> nodesPerKind() {
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        nodes.forEach(n -> counts.merge(n.kind(), 1L, Long::sum));
        return counts;
    }

    public Map<Relation, Long> edgesPerRelation() {
        Map<Relation, Long> counts = new EnumMap<>(Relation.class);
        edges.forEach(e -> counts.merge(e.relation(), 1L, Long::sum));
        return counts;
    }
}
