package org.genaikg.api.publish;

import org.genaikg.ontology.ExtractionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** Small graphs written by hand, so each publish rule is checked on exactly the case it is about. */
final class PublishPages {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** A page at {@code path}, titled {@code title}. */
    PublishPages page(String path, String title) {
        TreeMap<Attribute, String> attributes = new TreeMap<>();
        attributes.put(Attribute.SOURCE_PATH, path);
        nodes.add(new Node(NodeKind.DOCUMENT, NodeKind.DOCUMENT.instanceIri(path), title, Set.of(), attributes,
                List.of(new SourceSpan(path, 1, title, ExtractionRule.DOCUMENT))));
        return this;
    }

    /** A thing found on each of {@code paths}. */
    PublishPages thing(NodeKind kind, String slug, String label, String... paths) {
        List<SourceSpan> found = new ArrayList<>();
        for (String path : paths) {
            found.add(new SourceSpan(path, 3, label + " is named here", ExtractionRule.MENTION));
        }
        nodes.add(new Node(kind, kind.instanceIri(slug), label, Set.of(), new TreeMap<>(), found));
        return this;
    }

    PublishPages edge(String subject, Relation relation, String object) {
        edges.add(new Edge(iri(subject), relation, iri(object), List.of(new SourceSpan("a.md", 3, "said", ExtractionRule.BUILDS_ON_PHRASE))));
        return this;
    }

    static String iri(String id) {
        return org.genaikg.ontology.Namespaces.RESOURCE + id;
    }

    KnowledgeGraph graph() {
        return new KnowledgeGraph(nodes, edges, List.of(), (int) nodes.stream().filter(n -> n.kind() == NodeKind.DOCUMENT).count());
    }
}
