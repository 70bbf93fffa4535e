package org.genaikg.api.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class RelatedPagesTests {
    /** a.md and b.md share a rare model; a.md and c.md share only what every page names. */
    private static final KnowledgeGraph GRAPH = new PublishPages()
            .page("a.md", "Page A").page("b.md", "Page B").page("c.md", "Page C")
            .thing(NodeKind.MODEL, "rare", "Rare", "a.md", "b.md")
            .thing(NodeKind.CONCEPT, "everywhere", "Everywhere", "a.md", "b.md", "c.md")
            .thing(NodeKind.MODEL, "elsewhere", "Elsewhere", "c.md")
            .thing(NodeKind.PAPER, "arxiv-1", "The Rare Paper", "c.md")
            .edge("model/rare", Relation.DESCRIBED_IN, "paper/arxiv-1")
            .edge("model/elsewhere", Relation.BUILDS_ON, "model/rare")
            .edge("doc/a.md", Relation.LINKS_TO, "doc/c.md")
            .graph();

    private final Map<String, RelatedPages.Related> files =
            RelatedPages.of(GRAPH, new PageLinks("https://example.org/kg", null), "now");

    @Test
    void aPageListsWhatItNamesAndItsLinksBothWays() {
        RelatedPages.Related a = files.get("a.md");

        assertEquals(List.of("Rare", "Everywhere"), a.mentions().stream().map(RelatedPages.Thing::label).toList());
        assertEquals(List.of("c.md"), a.linksTo().stream().map(RelatedPages.PageRef::path).toList());
        assertEquals(List.of("a.md"), files.get("c.md").linkedFrom().stream().map(RelatedPages.PageRef::path).toList());
        assertEquals("https://example.org/kg/?focus=model/rare&node=model/rare", a.mentions().get(0).url());
    }

    @Test
    void pagesNamingTheSameRareThingsAreRelatedAndWhatEveryPageNamesCountsForNothing() {
        List<RelatedPages.PageRef> pages = files.get("a.md").related().pages();

        assertEquals(List.of("b.md"), pages.stream().map(RelatedPages.PageRef::path).toList());
        assertEquals(List.of("Rare"), pages.get(0).shared());
        assertEquals(Math.round(Math.log(3.0 / 2) * 1000) / 1000.0, pages.get(0).score());
    }

    @Test
    void modelsAndPapersThePageDoesNotNameButARelationJoinsToItsOwnAreSuggested() {
        RelatedPages.Suggestions related = files.get("a.md").related();

        assertEquals(List.of("Elsewhere"), related.models().stream().map(RelatedPages.Thing::label).toList());
        assertEquals(List.of("Rare"), related.models().get(0).via());
        assertEquals(List.of("The Rare Paper"), related.papers().stream().map(RelatedPages.Thing::label).toList());
        assertEquals(List.of(), related.concepts());
        assertNull(files.get("a.md").mentions().get(0).via());
    }
}
