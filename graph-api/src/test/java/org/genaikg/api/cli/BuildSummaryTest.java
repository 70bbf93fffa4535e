package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class BuildSummaryTest {
    private static final SourceSpan SPAN = new SourceSpan("models.md", 3, "Llama 2 builds on LLaMA.", ExtractionRule.BUILDS_ON_PHRASE);

    @Test
    void countsNodesPerClassAndEdgesPerRelation() {
        String text = new BuildSummary(graph(0), 10).render(Path.of("kg.ttl"), RdfFormat.TURTLE, 1.25);

        assertTrue(text.matches("(?s).*documents\\s+1\n.*"), text);
        assertTrue(text.matches("(?s).*  Model\\s+2\n.*"), text);
        assertTrue(text.matches("(?s).*  Paper\\s+0\n.*"), text);
        assertTrue(text.matches("(?s).*  buildsOn\\s+1\n.*"), text);
        assertTrue(text.contains("wrote kg.ttl (ttl) in 1.3 s"), text);
    }

    @Test
    void listsTheFirstProblemsWithPathAndLineAndCountsTheRest() {
        String text = new BuildSummary(graph(12), 10).render(Path.of("kg.nt"), RdfFormat.N_TRIPLES, 1);

        assertTrue(text.matches("(?s).*entries that gave nothing\\s+12\n.*"), text);
        assertTrue(text.contains("nothing from: models.md:100: an entry with no name"), text);
        assertEquals(10, text.lines().filter(line -> line.startsWith("  nothing from:")).count());
        assertTrue(text.contains("... 2 more (--verbose lists them all)"), text);
    }

    @Test
    void verboseListsEveryProblem() {
        String text = new BuildSummary(graph(12), Integer.MAX_VALUE).render(Path.of("kg.nt"), RdfFormat.N_TRIPLES, 1);

        assertEquals(12, text.lines().filter(line -> line.startsWith("  nothing from:")).count());
    }

    private static KnowledgeGraph graph(int emptyEntries) {
        List<Node> nodes = List.of(
                node(NodeKind.DOCUMENT, "doc/models.md", "Models"),
                node(NodeKind.MODEL, "model/llama-2", "Llama 2"),
                node(NodeKind.MODEL, "model/llama", "LLaMA"));
        List<Edge> edges = List.of(new Edge(nodes.get(1).iri(), Relation.BUILDS_ON, nodes.get(2).iri(), List.of(SPAN)));
        List<Problem> problems = IntStream.range(0, emptyEntries)
                .mapToObj(i -> new Problem(Problem.Severity.EMPTY_ENTRY, "models.md", 100 + i, "an entry with no name"))
                .toList();
        return new KnowledgeGraph(nodes, edges, problems, 1);
    }

    private static Node node(NodeKind kind, String slug, String label) {
        return new Node(kind, kind.instanceIri(slug), label, new TreeSet<>(), new TreeMap<Attribute, String>(Map.of()), List.of(SPAN));
    }
}
