package org.genaikg.extractor.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.recognise.NameFinding;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * A graph as the lines a spec file expects, sorted: one per entity node ({@code Model: Code Llama
 * [title-opens-with-name]}) and one per relation between entities ({@code Code Llama --describedIn-->
 * Code Llama: Open Foundation Models for Code [title-opens-with-name]}), each with the rules that
 * gave it. Documents, sections and their relations (partOf, mentions, linksTo) only with the
 * option {@code structure}; the names the first pass learned only with {@code learned}.
 */
final class GraphLines {
    static final String STRUCTURE = "structure";
    static final String LEARNED = "learned";
    private static final Set<Relation> STRUCTURAL = Set.of(Relation.PART_OF, Relation.MENTIONS, Relation.LINKS_TO);

    private GraphLines() {}

    static List<String> of(KnowledgeGraph graph, List<NameFinding> learned, Set<String> options) {
        boolean structure = options.contains(STRUCTURE);
        Map<String, Node> byIri = graph.nodes().stream().collect(Collectors.toMap(Node::iri, Function.identity()));
        Set<String> lines = new TreeSet<>();
        for (Node node : graph.nodes()) {
            if (structure || node.kind().isEntity()) {
                lines.add(node.kind().localName() + ": " + node.label() + rules(node.provenance()));
            }
        }
        for (Edge edge : graph.edges()) {
            if (structure || !STRUCTURAL.contains(edge.relation())) {
                lines.add(byIri.get(edge.subject()).label() + " --" + edge.relation().localName() + "--> "
                        + byIri.get(edge.object()).label() + rules(edge.provenance()));
            }
        }
        if (options.contains(LEARNED)) {
            for (NameFinding finding : learned) {
                lines.add("learned: " + finding.name() + " [" + finding.rule().id() + "]");
            }
        }
        return new ArrayList<>(lines);
    }

    private static String rules(List<SourceSpan> spans) {
        return spans.stream().map(span -> span.rule().id()).distinct().sorted()
                .collect(Collectors.joining(", ", " [", "]"));
    }
}
