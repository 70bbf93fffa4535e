package org.genaikg.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.timeline.TimelineAssembly.StayRow;
import org.genaikg.api.web.Elements.Position;
import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;

class TimelineAssemblyTests {
    private static final List<Timeline.Revision> FOUR = List.of(revision(1), revision(2), revision(3), revision(4));
    private static final String DOC = Namespaces.RESOURCE + "doc/models.md";
    private static final String INTRO = Namespaces.RESOURCE + "section/models.md#intro";
    private static final String DEEP = Namespaces.RESOURCE + "section/models.md#deep";
    private static final String LLAMA = Namespaces.RESOURCE + "model/llama";

    private final List<StayRow> rows = new ArrayList<>();
    private final Map<String, Integer> laidOut = new HashMap<>();

    private static Timeline.Revision revision(long n) {
        return new Timeline.Revision(n, "c" + n, "2024-01-0" + n + "T10:00:00Z", "commit " + n);
    }

    private void node(String iri, NodeKind kind, long first, long last, boolean removed) {
        rows.add(new StayRow(iri, first, last, removed, kind, iri.substring(iri.lastIndexOf('/') + 1), null, null, null));
    }

    private void relation(String from, Relation relation, String to, long first, long last, boolean removed) {
        rows.add(new StayRow(from + relation + to, first, last, removed, null, null, from, relation, to));
    }

    private Timeline assemble() {
        return TimelineAssembly.of(FOUR, rows, (List<IndexedNode> nodes, List<IndexedEdge> edges) -> {
            Map<String, Position> positions = new HashMap<>();
            nodes.forEach(n -> positions.put(n.iri(), new Position(positions.size(), 0)));
            laidOut.put("nodes", nodes.size());
            laidOut.put("edges", edges.size());
            return positions;
        });
    }

    private void documentWithTwoSections() {
        node(DOC, NodeKind.DOCUMENT, 1, 4, false);
        node(INTRO, NodeKind.SECTION, 1, 4, false);
        node(DEEP, NodeKind.SECTION, 1, 4, false);
        relation(INTRO, Relation.PART_OF, DOC, 1, 4, false);
        relation(DEEP, Relation.PART_OF, INTRO, 1, 4, false);
        node(LLAMA, NodeKind.MODEL, 1, 4, false);
    }

    @Test
    void sectionsAreFoldedIntoTheirDocumentAndPartOfIsLeftOut() {
        documentWithTwoSections();
        relation(DEEP, Relation.MENTIONS, LLAMA, 2, 4, false);
        Timeline timeline = assemble();
        assertThat(timeline.nodes()).extracting(Timeline.Node::id).containsExactly("doc/models.md", "model/llama");
        assertThat(timeline.edges()).containsExactly(new Timeline.Edge("doc/models.md", "model/llama", "mentions",
                List.of(Arrays.asList(2L, null))));
        assertThat(laidOut).containsEntry("nodes", 2).containsEntry("edges", 1);
        assertThat(timeline.nodes()).allSatisfy(node -> assertThat(node.position()).isNotNull());
    }

    @Test
    void aRelationLiftedFromTwoSectionsIsThereWhileEitherIs() {
        documentWithTwoSections();
        relation(INTRO, Relation.MENTIONS, LLAMA, 1, 1, true);
        relation(DEEP, Relation.MENTIONS, LLAMA, 2, 2, true);
        relation(DOC, Relation.MENTIONS, LLAMA, 4, 4, false);
        assertThat(assemble().edges()).singleElement().extracting(Timeline.Edge::stays)
                .isEqualTo(List.of(List.of(1L, 2L), Arrays.asList(4L, null)));
    }

    @Test
    void aNodeThatLeftAndCameBackHasTwoStaysAndItsLatestClassAndLabel() {
        rows.add(new StayRow(LLAMA, 3, 4, false, NodeKind.MODEL, "LLaMA 2", null, null, null));
        rows.add(new StayRow(LLAMA, 1, 1, true, NodeKind.CONCEPT, "llama", null, null, null));
        Timeline.Node llama = assemble().nodes().get(0);
        assertThat(llama.stays()).isEqualTo(List.of(List.of(1L, 1L), Arrays.asList(3L, null)));
        assertThat(llama.type()).isEqualTo("Model");
        assertThat(llama.label()).isEqualTo("LLaMA 2");
    }

    @Test
    void withoutRevisionsThereIsNoHistory() {
        assertThat(TimelineAssembly.of(List.of(), rows, (n, e) -> Map.of())).isEqualTo(Timeline.NONE);
    }
}
