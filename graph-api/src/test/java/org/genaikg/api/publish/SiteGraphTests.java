package org.genaikg.api.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class SiteGraphTests {
    private static final KnowledgeGraph GRAPH = new PublishPages()
            .page("a.md", "A").page("b.md", "B")
            .thing(NodeKind.MODEL, "llama", "LLaMA", "a.md", "b.md")
            .thing(NodeKind.MODEL, "llama-2", "Llama 2", "a.md", "b.md")
            .thing(NodeKind.PAPER, "arxiv-2302.13971", "LLaMA: Open and Efficient Foundation Language Models", "a.md")
            .thing(NodeKind.CONCEPT, "transformer", "Transformer", "b.md")
            .thing(NodeKind.MODALITY, "text", "Text", "a.md")
            .thing(NodeKind.REPOSITORY, "github/meta/llama", "meta/llama", "a.md")
            .thing(NodeKind.CONCEPT, "lonely", "Lonely", "b.md")
            .edge("model/llama-2", Relation.BUILDS_ON, "model/llama")
            .edge("model/llama", Relation.DESCRIBED_IN, "paper/arxiv-2302.13971")
            .edge("model/llama", Relation.HAS_MODALITY, "modality/text")
            .edge("model/llama", Relation.BUILDS_ON, "concept/transformer")
            .edge("model/llama", Relation.HAS_CODE, "repo/github/meta/llama")
            .edge("section/a.md#x", Relation.MENTIONS, "model/llama")
            .graph();

    @Test
    void nodesAreTheChosenClassesWithTheirPagesAsWeightAndEdgesTheirTypedRelations() {
        SiteGraph site = SiteGraph.of(GRAPH, SiteGraph.DEFAULT_KINDS, 100, "2026-12-06T00:00:00Z");

        assertEquals(Set.of("model/llama", "model/llama-2", "paper/arxiv-2302.13971", "concept/transformer", "modality/text",
                "concept/lonely"), site.nodes().stream().map(SiteGraph.SiteNode::id).collect(Collectors.toSet()));
        SiteGraph.SiteNode llama = site.nodes().get(0);
        assertEquals(new SiteGraph.SiteNode("model/llama", "LLaMA", "Model", 2), llama);
        assertEquals(Set.of("model/llama-2 buildsOn model/llama", "model/llama describedIn paper/arxiv-2302.13971",
                "model/llama hasModality modality/text", "model/llama buildsOn concept/transformer"),
                site.edges().stream().map(e -> e.source() + " " + e.type() + " " + e.target()).collect(Collectors.toSet()));
        assertEquals("2026-12-06T00:00:00Z", site.generated());
    }

    @Test
    void theCapKeepsTheMostConnectedNodesThenThoseOnMorePagesAndOnlyEdgesBetweenThem() {
        SiteGraph site = SiteGraph.of(GRAPH, SiteGraph.DEFAULT_KINDS, 2, "now");

        assertEquals(List.of("model/llama", "model/llama-2"), site.nodes().stream().map(SiteGraph.SiteNode::id).toList());
        assertEquals(1, site.edges().size());
        everyEdgeJoinsTwoNodes(site);
    }

    @Test
    void otherClassesCanBeChosen() {
        SiteGraph site = SiteGraph.of(GRAPH, Set.of(NodeKind.MODEL, NodeKind.REPOSITORY), 100, "now");

        assertEquals(Set.of("Model", "Repository"), site.nodes().stream().map(SiteGraph.SiteNode::type).collect(Collectors.toSet()));
        assertTrue(site.edges().stream().anyMatch(e -> e.type().equals("hasCode")));
        everyEdgeJoinsTwoNodes(site);
    }

    static void everyEdgeJoinsTwoNodes(SiteGraph site) {
        Set<String> ids = site.nodes().stream().map(SiteGraph.SiteNode::id).collect(Collectors.toSet());
        site.edges().forEach(e -> assertTrue(ids.contains(e.source()) && ids.contains(e.target()), e.toString()));
    }
}
