package org.genaikg.extractor.rdf;

import java.util.List;
import java.util.Map;
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
import org.genaikg.ontology.Slugs;

/** A hand-built graph of a page about the Shepherd model and its paper, and a second page that names the model. */
final class SampleGraph {
    static final String PAGE = "Understanding/models/models.md";
    static final String OTHER_PAGE = "Understanding/overview.md";
    static final String DOCUMENT = NodeKind.DOCUMENT.instanceIri(Slugs.pathSlug(PAGE));
    static final String OTHER_DOCUMENT = NodeKind.DOCUMENT.instanceIri(Slugs.pathSlug(OTHER_PAGE));
    static final String SECTION = NodeKind.SECTION.instanceIri(Slugs.pathSlug(PAGE) + "#language-models");
    static final String PAPER = NodeKind.PAPER.instanceIri("arxiv-2308.04592");
    static final String MODEL = NodeKind.MODEL.instanceIri("shepherd");
    static final String TITLE_TEXT = "Shepherd: A Critic for Language Model Generation";
    static final String SENTENCE = "Shepherd is a language model tuned to critique responses, introduced in the paper above.";

    private SampleGraph() {}

    static KnowledgeGraph graph() {
        return new KnowledgeGraph(List.of(document(), otherDocument(), section(), paper(), model()), edges(), List.of(), 2);
    }

    static Node document() {
        return node(NodeKind.DOCUMENT, DOCUMENT, "Models", Set.of(), Map.of(
                        Attribute.TITLE, "Models",
                        Attribute.SOURCE_PATH, PAGE,
                        Attribute.CONTENT_HASH, "0123456789abcdef"),
                List.of(new SourceSpan(PAGE, 1, "# Models", ExtractionRule.DOCUMENT)));
    }

    static Node otherDocument() {
        return node(NodeKind.DOCUMENT, OTHER_DOCUMENT, "Overview", Set.of(), Map.of(
                        Attribute.TITLE, "Overview",
                        Attribute.SOURCE_PATH, OTHER_PAGE,
                        Attribute.CONTENT_HASH, "fedcba9876543210"),
                List.of(new SourceSpan(OTHER_PAGE, 1, "# Overview", ExtractionRule.DOCUMENT)));
    }

    static Node section() {
        return node(NodeKind.SECTION, SECTION, "Language models", Set.of(), Map.of(
                        Attribute.LEVEL, "2",
                        Attribute.ANCHOR, "language-models",
                        Attribute.SOURCE_LINE, "5"),
                List.of(new SourceSpan(PAGE, 5, "## Language models", ExtractionRule.HEADING)));
    }

    static Node paper() {
        return node(NodeKind.PAPER, PAPER, TITLE_TEXT, Set.of(), Map.of(
                        Attribute.TITLE, TITLE_TEXT,
                        Attribute.ARXIV_ID, "2308.04592",
                        Attribute.URL, "https://arxiv.org/abs/2308.04592",
                        Attribute.YEAR, "2023"),
                List.of(new SourceSpan(PAGE, 7, TITLE_TEXT, ExtractionRule.ENTRY_PAPER)));
    }

    static Node model() {
        return node(NodeKind.MODEL, MODEL, "Shepherd", Set.of("shepherd"), Map.of(),
                List.of(new SourceSpan(PAGE, 7, TITLE_TEXT, ExtractionRule.PAPER_TITLE_PREFIX),
                        new SourceSpan(OTHER_PAGE, 3, "Critics such as Shepherd.", ExtractionRule.MENTION)));
    }

    static List<Edge> edges() {
        return List.of(
                new Edge(SECTION, Relation.PART_OF, DOCUMENT, List.of(new SourceSpan(PAGE, 5, "## Language models", ExtractionRule.HEADING))),
                new Edge(SECTION, Relation.MENTIONS, PAPER, List.of(new SourceSpan(PAGE, 7, TITLE_TEXT, ExtractionRule.ENTRY_PAPER))),
                new Edge(MODEL, Relation.DESCRIBED_IN, PAPER, List.of(
                        new SourceSpan(PAGE, 7, TITLE_TEXT, ExtractionRule.PAPER_TITLE_PREFIX),
                        new SourceSpan(PAGE, 9, SENTENCE, ExtractionRule.DESCRIBED_IN_SENTENCE))));
    }

    static Node node(NodeKind kind, String iri, String label, Set<String> altLabels,
            Map<Attribute, String> attributes, List<SourceSpan> provenance) {
        return new Node(kind, iri, label, new TreeSet<>(altLabels), new TreeMap<>(attributes), provenance);
    }
}
