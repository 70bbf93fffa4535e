package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** A generated graph shaped like an extracted one (every class, every relation, one provenance span each), seeded. */
public final class SyntheticGraph {

    private SyntheticGraph() {}

    public static KnowledgeGraph generate(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        NodeKind[] kinds = NodeKind.values();
        Relation[] relations = Relation.values();
        List<Node> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            NodeKind kind = kinds[i % kinds.length];
            String path = "pages/page-" + (i % 500) + ".md";
            nodes.add(new Node(kind, kind.instanceIri("n-" + i), "Node " + i, new TreeSet<>(List.of("node-" + i, "NODE " + i)),
                    new TreeMap<>(Map.of(Attribute.URL, "https://example.org/" + i, Attribute.YEAR, String.valueOf(2000 + i % 25))),
                    List.of(new SourceSpan(path, 1 + i % 300, "The sentence that named node " + i + ".", ExtractionRule.MENTION))));
        }
        Set<String> keys = new HashSet<>();
        List<Edge> edges = new ArrayList<>(edgeCount);
        while (edges.size() < edgeCount) {
            Node from = nodes.get(random.nextInt(nodeCount));
            Node to = nodes.get(random.nextInt(nodeCount));
            Relation relation = relations[random.nextInt(relations.length)];
            Edge edge = new Edge(from.iri(), relation, to.iri(),
                    List.of(new SourceSpan(from.provenance().get(0).path(), 7, "A sentence relating two nodes.", ExtractionRule.MENTION)));
            if (keys.add(edge.key())) {
                edges.add(edge);
            }
        }
        return new KnowledgeGraph(nodes, edges, List.of(), 500);
    }
}
