package org.genaikg.api.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class RelationGraphTests {
    static final String R = "https://w3id.org/genai-kg/resource/";

    static IndexedNode node(String id, NodeKind kind) {
        return new IndexedNode(R + id, kind, id, List.of(), "");
    }

    static IndexedEdge edge(String from, Relation relation, String to) {
        return new IndexedEdge(R + from, relation, R + to);
    }

    final RelationGraph graph = new RelationGraph(GraphSnapshot.of(
            List.of(node("doc/a.md", NodeKind.DOCUMENT), node("section/a.md#s", NodeKind.SECTION),
                    node("section/a.md#t", NodeKind.SECTION), node("model/x", NodeKind.MODEL),
                    node("model/y", NodeKind.MODEL), node("model/z", NodeKind.MODEL),
                    node("paper/p", NodeKind.PAPER), node("modality/lonely", NodeKind.MODALITY)),
            List.of(edge("section/a.md#s", Relation.PART_OF, "doc/a.md"),
                    edge("section/a.md#t", Relation.PART_OF, "section/a.md#s"),
                    edge("section/a.md#t", Relation.MENTIONS, "model/x"),
                    edge("section/a.md#s", Relation.MENTIONS, "model/z"),
                    edge("model/y", Relation.BUILDS_ON, "model/x"),
                    edge("model/z", Relation.BUILDS_ON, "model/y"),
                    edge("model/x", Relation.DESCRIBED_IN, "paper/p"))));

    static List<String> ids(Subgraph subgraph) {
        return subgraph.nodes().stream().map(IndexedNode::id).toList();
    }

    @Test
    void neighbourhoodGrowsByHopsAndKeepsEdgesAmongTheKeptNodes() {
        assertThat(ids(graph.neighbourhood(R + "model/x", 1, Set.of(), Set.of(), 100)))
                .containsExactly("model/x", "section/a.md#t", "model/y", "paper/p");
        Subgraph twoHops = graph.neighbourhood(R + "model/x", 2, Set.of(NodeKind.MODEL), Set.of(), 100);
        assertThat(ids(twoHops)).containsExactly("model/x", "model/y", "model/z");
        assertThat(twoHops.edges()).extracting(IndexedEdge::id)
                .containsExactlyInAnyOrder("model/y buildsOn model/x", "model/z buildsOn model/y");
    }

    @Test
    void neighbourhoodStopsAtTheLimit() {
        assertThat(graph.neighbourhood(R + "model/x", 3, Set.of(), Set.of(), 2).nodes()).hasSize(2);
    }

    @Test
    void overviewFoldsNestedSectionsIntoTheirDocument() {
        Subgraph overview = graph.overview(Set.of(), Set.of(), 100);
        assertThat(ids(overview)).doesNotContain("section/a.md#s", "section/a.md#t").contains("doc/a.md", "modality/lonely");
        assertThat(overview.edges()).extracting(IndexedEdge::id)
                .contains("doc/a.md mentions model/x", "doc/a.md mentions model/z")
                .noneMatch(id -> id.contains("partOf"));
        assertThat(overview.degrees().get(R + "doc/a.md")).isEqualTo(2);
    }

    @Test
    void overviewKeepsTheBestConnectedNodesFirst() {
        assertThat(ids(graph.overview(Set.of(), Set.of(), 1))).containsExactly("model/x");
    }

    @Test
    void shortestPathIgnoresDirection() {
        List<IndexedEdge> path = graph.shortestPath(R + "paper/p", R + "model/z", Set.of());
        assertThat(path).extracting(IndexedEdge::id).hasSize(3);
        assertThat(ids(graph.pathSubgraph(R + "paper/p", path))).startsWith("paper/p", "model/x").endsWith("model/z");
    }

    @Test
    void shortestPathFollowsOnlyTheAllowedRelations() {
        List<IndexedEdge> path = graph.shortestPath(R + "model/x", R + "model/z", Set.of(Relation.BUILDS_ON));
        assertThat(path).extracting(IndexedEdge::id)
                .containsExactly("model/y buildsOn model/x", "model/z buildsOn model/y");
    }

    @Test
    void noPathGivesAnEmptyList() {
        assertThat(graph.shortestPath(R + "model/x", R + "modality/lonely", Set.of())).isEmpty();
    }
}
