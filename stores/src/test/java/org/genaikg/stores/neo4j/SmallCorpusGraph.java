package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** A hand-built graph of two pages about Llama 2: every node class, every relation, provenance throughout. */
final class SmallCorpusGraph {

    static final String MODELS_PAGE = "understanding/models/models.md";
    static final String ARCH_PAGE = "understanding/architectures/transformers.md";

    static final String DOC_MODELS = NodeKind.DOCUMENT.instanceIri(MODELS_PAGE);
    static final String DOC_ARCH = NodeKind.DOCUMENT.instanceIri(ARCH_PAGE);
    static final String SECTION_LLMS = NodeKind.SECTION.instanceIri(MODELS_PAGE + "#llms");
    static final String SECTION_ATTENTION = NodeKind.SECTION.instanceIri(ARCH_PAGE + "#attention");
    static final String PAPER_LLAMA2 = NodeKind.PAPER.instanceIri("arxiv-2307.09288");
    static final String ARTICLE_BLOG = NodeKind.ARTICLE.instanceIri("meta-ai-blog-llama-2");
    static final String REPO_LLAMA = NodeKind.REPOSITORY.instanceIri("github/meta-llama/llama");
    static final String MODEL_LLAMA2 = NodeKind.MODEL.instanceIri("llama-2");
    static final String MODEL_LLAMA = NodeKind.MODEL.instanceIri("llama");
    static final String MODALITY_TEXT = NodeKind.MODALITY.instanceIri("text");
    static final String CONCEPT_ATTENTION = NodeKind.CONCEPT.instanceIri("attention");
    static final String CONCEPT_MHA = NodeKind.CONCEPT.instanceIri("multi-head-attention");
    static final String CONCEPT_TRANSFORMER = NodeKind.CONCEPT.instanceIri("transformer");

    static final SourceSpan LLAMA2_TITLE = span(MODELS_PAGE, 12, "Llama 2: Open Foundation and Fine-Tuned Chat Models", ExtractionRule.ENTRY_PAPER);
    static final SourceSpan LLAMA2_BASED_ON = span(MODELS_PAGE, 14, "Llama 2 builds on LLaMA with a longer context.", ExtractionRule.BUILDS_ON_PHRASE);
    static final SourceSpan LLAMA2_BASED_ON_AGAIN = span(ARCH_PAGE, 40, "Llama-2, based on LLaMA, ...", ExtractionRule.BUILDS_ON_PHRASE);

    private SmallCorpusGraph() {}

    static KnowledgeGraph graph() {
        List<Node> nodes = List.of(
                node(NodeKind.DOCUMENT, DOC_MODELS, "Models", Map.of(Attribute.SOURCE_PATH, MODELS_PAGE, Attribute.CONTENT_HASH, "ab12")),
                node(NodeKind.DOCUMENT, DOC_ARCH, "Transformers", Map.of(Attribute.SOURCE_PATH, ARCH_PAGE, Attribute.CONTENT_HASH, "cd34")),
                node(NodeKind.SECTION, SECTION_LLMS, "LLMs", Map.of(Attribute.LEVEL, "2", Attribute.ANCHOR, "llms", Attribute.SOURCE_LINE, "10")),
                node(NodeKind.SECTION, SECTION_ATTENTION, "Attention", Map.of(Attribute.LEVEL, "2", Attribute.ANCHOR, "attention", Attribute.SOURCE_LINE, "30")),
                new Node(NodeKind.PAPER, PAPER_LLAMA2, "Llama 2: Open Foundation and Fine-Tuned Chat Models", new TreeSet<>(),
                        new TreeMap<>(Map.of(Attribute.TITLE, "Llama 2: Open Foundation and Fine-Tuned Chat Models",
                                Attribute.ARXIV_ID, "2307.09288", Attribute.URL, "https://arxiv.org/abs/2307.09288", Attribute.YEAR, "2023")),
                        List.of(LLAMA2_TITLE)),
                node(NodeKind.ARTICLE, ARTICLE_BLOG, "Meta AI: Llama 2", Map.of(Attribute.URL, "https://ai.meta.com/llama/")),
                node(NodeKind.REPOSITORY, REPO_LLAMA, "meta-llama/llama", Map.of(Attribute.URL, "https://github.com/meta-llama/llama")),
                new Node(NodeKind.MODEL, MODEL_LLAMA2, "Llama 2", new TreeSet<>(List.of("Llama-2", "LLaMA 2")), new TreeMap<>(),
                        List.of(LLAMA2_TITLE, LLAMA2_BASED_ON)),
                new Node(NodeKind.MODEL, MODEL_LLAMA, "LLaMA", new TreeSet<>(List.of("LLama", "Llama")), new TreeMap<>(), List.of(LLAMA2_BASED_ON)),
                node(NodeKind.MODALITY, MODALITY_TEXT, "Text", Map.of()),
                node(NodeKind.CONCEPT, CONCEPT_ATTENTION, "Attention", Map.of(Attribute.CONCEPT_KIND, "component")),
                node(NodeKind.CONCEPT, CONCEPT_MHA, "Multi-head attention", Map.of(Attribute.CONCEPT_KIND, "component")),
                node(NodeKind.CONCEPT, CONCEPT_TRANSFORMER, "Transformer", Map.of(Attribute.CONCEPT_KIND, "architecture")));
        List<Edge> edges = new ArrayList<>(List.of(
                edge(SECTION_LLMS, Relation.PART_OF, DOC_MODELS, MODELS_PAGE, 10),
                edge(SECTION_ATTENTION, Relation.PART_OF, DOC_ARCH, ARCH_PAGE, 30),
                edge(SECTION_LLMS, Relation.MENTIONS, MODEL_LLAMA2, MODELS_PAGE, 12),
                edge(SECTION_LLMS, Relation.MENTIONS, PAPER_LLAMA2, MODELS_PAGE, 12),
                edge(SECTION_ATTENTION, Relation.MENTIONS, CONCEPT_MHA, ARCH_PAGE, 31),
                edge(DOC_MODELS, Relation.LINKS_TO, SECTION_ATTENTION, MODELS_PAGE, 20),
                edge(MODEL_LLAMA2, Relation.DESCRIBED_IN, PAPER_LLAMA2, MODELS_PAGE, 12),
                edge(PAPER_LLAMA2, Relation.HAS_CODE, REPO_LLAMA, MODELS_PAGE, 13),
                edge(MODEL_LLAMA2, Relation.HAS_MODALITY, MODALITY_TEXT, MODELS_PAGE, 10),
                edge(CONCEPT_ATTENTION, Relation.COMPONENT_OF, CONCEPT_TRANSFORMER, ARCH_PAGE, 32),
                edge(CONCEPT_MHA, Relation.KIND_OF, CONCEPT_ATTENTION, ARCH_PAGE, 33),
                new Edge(MODEL_LLAMA2, Relation.BUILDS_ON, MODEL_LLAMA, List.of(LLAMA2_BASED_ON, LLAMA2_BASED_ON_AGAIN))));
        return new KnowledgeGraph(nodes, edges, List.of(), 2);
    }

    static SourceSpan span(String path, int line, String text, ExtractionRule rule) {
        return new SourceSpan(path, line, text, rule);
    }

    private static Node node(NodeKind kind, String iri, String label, Map<Attribute, String> attributes) {
        String path = iri.startsWith(DOC_ARCH) || iri.contains(ARCH_PAGE) || kind == NodeKind.CONCEPT ? ARCH_PAGE : MODELS_PAGE;
        return new Node(kind, iri, label, new TreeSet<>(), new TreeMap<>(attributes), List.of(span(path, 1, label, ExtractionRule.MENTION)));
    }

    private static Edge edge(String subject, Relation relation, String object, String path, int line) {
        return new Edge(subject, relation, object, List.of(span(path, line, subject + " " + relation.localName(), ExtractionRule.MENTION)));
    }
}
