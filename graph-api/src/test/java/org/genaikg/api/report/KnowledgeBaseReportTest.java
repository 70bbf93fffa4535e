package org.genaikg.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.report.KnowledgeBaseReport.Check;
import org.genaikg.api.report.KnowledgeBaseReport.Finding;
import org.genaikg.api.report.KnowledgeBaseReport.NodeRef;
import org.genaikg.api.report.KnowledgeBaseReport.Report;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class KnowledgeBaseReportTest {
    private final List<IndexedNode> nodes = new ArrayList<>();
    private final List<IndexedEdge> edges = new ArrayList<>();

    private String node(NodeKind kind, String slug, String label, String... aliases) {
        String iri = kind.instanceIri(slug);
        nodes.add(new IndexedNode(iri, kind, label, List.of(aliases), ""));
        return iri;
    }

    private void edge(String from, Relation relation, String to) {
        edges.add(new IndexedEdge(from, relation, to));
    }

    private Map<String, Check> report() {
        Report report = KnowledgeBaseReport.of(GraphSnapshot.of(nodes, edges));
        return report.checks().stream().collect(Collectors.toMap(Check::name, Function.identity()));
    }

    private static List<List<String>> labels(Check check) {
        return check.findings().stream().map(f -> f.nodes().stream().map(NodeRef::label).toList()).toList();
    }

    @Test
    void namesOneTypoApartAreLikelyDuplicatesButOtherNumbersAreNot() {
        node(NodeKind.MODEL, "stable-diffusion", "Stable Diffusion");
        node(NodeKind.MODEL, "stable-difusion", "Stable Difusion");
        node(NodeKind.MODEL, "llama-2", "Llama 2 Chat");
        node(NodeKind.MODEL, "llama-3", "Llama 3 Chat");
        node(NodeKind.CONCEPT, "layer-normalisation", "Layer normalisation");
        node(NodeKind.CONCEPT, "batch-norm", "BN", "Batch normalization");
        node(NodeKind.CONCEPT, "layer-norm", "LayerNorm", "Layer normalization");
        node(NodeKind.CONCEPT, "encoder-only", "Encoder-only");
        node(NodeKind.CONCEPT, "decoder-only", "Decoder-only");
        node(NodeKind.CONCEPT, "rlhf", "Reinforcement learning from human feedback");
        node(NodeKind.CONCEPT, "rlaif", "Reinforcement learning from AI feedback");
        node(NodeKind.MODEL, "llama", "LLaMA");
        node(NodeKind.MODEL, "llava", "LLaVA");
        node(NodeKind.MODEL, "mistral", "Mistral");
        node(NodeKind.MODEL, "mixtral", "Mixtral");
        node(NodeKind.PAPER, "nature-1", "Nature");
        node(NodeKind.PAPER, "nature-2", "nature");

        Check duplicates = report().get("possible-duplicates");

        assertThat(labels(duplicates)).containsExactlyInAnyOrder(
                List.of("Stable Diffusion", "Stable Difusion"), List.of("Layer normalisation", "LayerNorm"),
                List.of("Nature", "nature"));
        assertThat(duplicates.findings().get(0).detail()).contains("typo");
    }

    @Test
    void oneNameInTwoClassesIsReported() {
        node(NodeKind.MODEL, "transformer", "Transformer");
        node(NodeKind.CONCEPT, "transformer", "Transformer");
        node(NodeKind.CONCEPT, "attention", "Attention");
        node(NodeKind.MODEL, "autogen", "AutoGen");
        node(NodeKind.PAPER, "arxiv-4", "AutoGen");

        Check check = report().get("one-name-two-classes");

        assertThat(check.count()).isEqualTo(1);
        assertThat(check.findings().get(0).nodes()).extracting(NodeRef::type).containsExactly("Model", "Concept");
    }

    @Test
    void aPaperMentionedFromSectionsOfTwoPagesIsListedWithThosePages() {
        String a = node(NodeKind.DOCUMENT, "a.md", "A");
        String b = node(NodeKind.DOCUMENT, "b.md", "B");
        String c = node(NodeKind.DOCUMENT, "c.md", "C");
        String a1 = node(NodeKind.SECTION, "a.md#one", "One");
        String a2 = node(NodeKind.SECTION, "a.md#two", "Two");
        String b1 = node(NodeKind.SECTION, "b.md#one", "One");
        edge(a1, Relation.PART_OF, a);
        edge(a2, Relation.PART_OF, a1);
        edge(b1, Relation.PART_OF, b);
        String shared = node(NodeKind.PAPER, "arxiv-1", "Shared paper");
        String own = node(NodeKind.PAPER, "arxiv-2", "Own paper");
        edge(a2, Relation.MENTIONS, shared);
        edge(b1, Relation.MENTIONS, shared);
        edge(a1, Relation.MENTIONS, own);
        edge(a2, Relation.MENTIONS, own);

        Map<String, Check> report = report();

        assertThat(labels(report.get("papers-on-several-pages"))).containsExactly(List.of("Shared paper", "A", "B"));
        assertThat(labels(report.get("pages-without-entities"))).containsExactly(List.of("C"));
        assertThat(c).endsWith("doc/c.md");
    }

    @Test
    void gapsAreModelsWithoutPaperOrModalityAndConceptsOutsideTheTaxonomy() {
        String described = node(NodeKind.MODEL, "described", "Described");
        String paper = node(NodeKind.PAPER, "arxiv-3", "Its paper");
        String text = node(NodeKind.MODALITY, "text", "Text");
        edge(described, Relation.DESCRIBED_IN, paper);
        edge(described, Relation.HAS_MODALITY, text);
        node(NodeKind.MODEL, "bare", "Bare");
        String attention = node(NodeKind.CONCEPT, "attention", "Attention");
        String multiHead = node(NodeKind.CONCEPT, "multi-head", "Multi-head attention");
        edge(multiHead, Relation.KIND_OF, attention);
        node(NodeKind.CONCEPT, "alone", "Alone");

        Map<String, Check> report = report();

        assertThat(labels(report.get("models-without-paper"))).containsExactly(List.of("Bare"));
        assertThat(labels(report.get("models-without-modality"))).containsExactly(List.of("Bare"));
        assertThat(labels(report.get("concepts-outside-the-taxonomy"))).containsExactly(List.of("Alone"));
    }

    @Test
    void aLimitedReportKeepsItsCounts() {
        for (int i = 0; i < 5; i++) {
            node(NodeKind.MODEL, "m" + i, "Model " + i);
        }

        Report limited = KnowledgeBaseReport.of(GraphSnapshot.of(nodes, edges)).limitedTo(2);
        Check check = limited.checks().stream().filter(c -> c.name().equals("models-without-paper")).findFirst().orElseThrow();

        assertThat(check.count()).isEqualTo(5);
        assertThat(check.findings()).hasSize(2).extracting(Finding::detail).isNotNull();
    }
}
