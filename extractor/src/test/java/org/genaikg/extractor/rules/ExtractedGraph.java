package org.genaikg.extractor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** A graph extracted from pages a test writes, with look-ups by label for assertions. */
record ExtractedGraph(KnowledgeGraph graph) {

    static ExtractedGraph of(Path folder, Map<String, String> pages) {
        try {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = folder.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtractedGraph(new Extractor(new ExtractionOptions(2, 1 << 20)).extract(folder, ProgressListener.NONE));
    }

    static ExtractedGraph ofPage(Path folder, String markdown) {
        return of(folder, Map.of("page.md", markdown));
    }

    Optional<Node> node(NodeKind kind, String label) {
        return graph.nodes().stream()
                .filter(n -> n.kind() == kind && (n.label().equalsIgnoreCase(label) || n.altLabels().contains(label)))
                .findFirst();
    }

    Node require(NodeKind kind, String label) {
        return node(kind, label).orElseThrow(() -> new AssertionError("no " + kind + " '" + label + "' in "
                + graph.nodes().stream().filter(n -> n.kind().isEntity()).map(n -> n.kind() + ":" + n.label()).toList()));
    }

    boolean has(Node from, Relation relation, Node to) {
        return graph.edges().stream().anyMatch(e -> e.subject().equals(from.iri()) && e.relation() == relation
                && e.object().equals(to.iri()));
    }

    List<Edge> edges(Relation relation) {
        return graph.edges().stream().filter(e -> e.relation() == relation).toList();
    }

    long count(NodeKind kind) {
        return graph.nodes().stream().filter(n -> n.kind() == kind).count();
    }
}
