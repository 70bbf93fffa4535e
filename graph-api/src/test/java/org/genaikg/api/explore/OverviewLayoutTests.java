package org.genaikg.api.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.web.Elements.Position;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OverviewLayoutTests {
    static final String R = RelationGraphTests.R;

    /** Nodes {@code prefix0..prefixN-1}, and edges between the given pairs of their numbers. */
    record Part(String prefix, int size, int[][] pairs) {}

    static Subgraph graph(Part... parts) {
        List<IndexedNode> nodes = new ArrayList<>();
        List<IndexedEdge> edges = new ArrayList<>();
        Map<String, Integer> degrees = new HashMap<>();
        for (Part part : parts) {
            for (int i = 0; i < part.size(); i++) {
                nodes.add(RelationGraphTests.node("model/" + part.prefix() + i, NodeKind.MODEL));
                degrees.put(R + "model/" + part.prefix() + i, 0);
            }
            for (int[] pair : part.pairs()) {
                IndexedEdge edge = RelationGraphTests.edge("model/" + part.prefix() + pair[0], Relation.BUILDS_ON,
                        "model/" + part.prefix() + pair[1]);
                edges.add(edge);
                degrees.merge(edge.source(), 1, Integer::sum);
                degrees.merge(edge.target(), 1, Integer::sum);
            }
        }
        return new Subgraph(nodes, edges, degrees);
    }

    static Part star(String prefix, int leaves) {
        int[][] pairs = new int[leaves][];
        for (int i = 1; i <= leaves; i++) {
            pairs[i - 1] = new int[] {i, 0};
        }
        return new Part(prefix, leaves + 1, pairs);
    }

    static Part chain(String prefix, int size) {
        int[][] pairs = new int[size - 1][];
        for (int i = 1; i < size; i++) {
            pairs[i - 1] = new int[] {i, i - 1};
        }
        return new Part(prefix, size, pairs);
    }

    /** A scale-free-ish graph: each new node attaches to two earlier ones, the well-connected more often. */
    static Part preferential(String prefix, int size, long seed) {
        Random random = new Random(seed);
        List<Integer> ends = new ArrayList<>(List.of(0, 1));
        List<int[]> pairs = new ArrayList<>(List.of(new int[] {1, 0}));
        for (int i = 2; i < size; i++) {
            int a = ends.get(random.nextInt(ends.size()));
            int b = ends.get(random.nextInt(ends.size()));
            pairs.add(new int[] {i, a});
            ends.addAll(List.of(i, a));
            if (b != a) {
                pairs.add(new int[] {i, b});
                ends.addAll(List.of(i, b));
            }
        }
        return new Part(prefix, size, pairs.toArray(int[][]::new));
    }

    static final Subgraph MIXED = graph(preferential("p", 300, 7), star("s", 45), chain("c", 6),
            new Part("single", 5, new int[0][]));

    @Test
    void theSameGraphGivesTheSamePositions() {
        Map<String, Position> first = OverviewLayout.of(MIXED);
        Map<String, Position> second = OverviewLayout.of(graph(preferential("p", 300, 7), star("s", 45), chain("c", 6),
                new Part("single", 5, new int[0][])));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyNodeIsPlacedAtFiniteCoordinates() {
        Map<String, Position> positions = OverviewLayout.of(MIXED);

        assertThat(positions).hasSize(MIXED.nodes().size());
        assertThat(positions.values()).allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
    }

    @Test
    void noTwoNodesOverlapAtTheSizesTheExplorerDrawsThem() {
        Map<String, Position> positions = OverviewLayout.of(MIXED);

        List<IndexedNode> nodes = MIXED.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                double touching = radius(nodes.get(i)) + radius(nodes.get(j));
                assertThat(distance(positions, nodes.get(i).iri(), nodes.get(j).iri()))
                        .as("%s and %s", nodes.get(i).id(), nodes.get(j).id())
                        .isGreaterThanOrEqualTo(touching);
            }
        }
    }

    @Test
    void componentsAreSeparatedByTheirBoundingBoxes() {
        Map<String, Position> positions = OverviewLayout.of(MIXED);

        List<double[]> boxes = new ArrayList<>();
        for (String prefix : List.of("p", "s", "c", "single0", "single1", "single2", "single3", "single4")) {
            boxes.add(box(positions, MIXED.nodes().stream()
                    .filter(n -> n.id().matches("model/" + prefix + "\\d*"))
                    .toList()));
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                assertThat(apart).as("component %d and %d", i, j).isTrue();
            }
        }
    }

    @Test
    void twoClustersJoinedByOneEdgeAreDrawnApart() {
        Subgraph two = graph(preferential("a", 60, 3), preferential("b", 60, 5));
        List<IndexedEdge> edges = new ArrayList<>(two.edges());
        edges.add(RelationGraphTests.edge("model/a0", Relation.BUILDS_ON, "model/b0"));
        Map<String, Integer> degrees = new HashMap<>(two.degrees());
        degrees.merge(R + "model/a0", 1, Integer::sum);
        degrees.merge(R + "model/b0", 1, Integer::sum);
        Map<String, Position> positions = OverviewLayout.of(new Subgraph(two.nodes(), edges, degrees));

        double within = 0;
        double across = 0;
        int pairsWithin = 0;
        int pairsAcross = 0;
        List<IndexedNode> nodes = two.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                double d = distance(positions, nodes.get(i).iri(), nodes.get(j).iri());
                if (nodes.get(i).id().charAt(6) == nodes.get(j).id().charAt(6)) {
                    within += d;
                    pairsWithin++;
                } else {
                    across += d;
                    pairsAcross++;
                }
            }
        }
        assertThat(within / pairsWithin).isLessThan(across / pairsAcross / 1.5);
    }

    @Test
    void diametersAreTheOnesTheExplorersStyleDraws() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/cy-style.json")) {
            JsonNode style = JsonMapper.builder().build().readTree(in);
            JsonNode node = null;
            for (JsonNode rule : style) {
                if (rule.get("selector").asString().equals("node")) {
                    node = rule.get("style");
                }
            }
            String expected = "mapData(degree, 0, %d, %d, %d)".formatted(OverviewLayout.DEGREE_OF_LARGEST,
                    (int) OverviewLayout.SMALLEST, (int) OverviewLayout.LARGEST);
            assertThat(node.get("width").asString()).isEqualTo(expected);
            assertThat(node.get("height").asString()).isEqualTo(expected);
        }
        assertThat(OverviewLayout.diameter(0)).isEqualTo(14);
        assertThat(OverviewLayout.diameter(20)).isEqualTo(36);
        assertThat(OverviewLayout.diameter(400)).isEqualTo(58);
    }

    private static double radius(IndexedNode node) {
        return OverviewLayout.diameter(MIXED.degrees().get(node.iri())) / 2;
    }

    private static double distance(Map<String, Position> positions, String a, String b) {
        Position p = positions.get(a);
        Position q = positions.get(b);
        return Math.hypot(p.x() - q.x(), p.y() - q.y());
    }

    /** min x, min y, max x, max y of the nodes as drawn (in {@link #MIXED}). */
    private static double[] box(Map<String, Position> positions, List<IndexedNode> nodes) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (IndexedNode node : nodes) {
            Position p = positions.get(node.iri());
            double r = radius(node);
            box[0] = Math.min(box[0], p.x() - r);
            box[1] = Math.min(box[1], p.y() - r);
            box[2] = Math.max(box[2], p.x() + r);
            box[3] = Math.max(box[3], p.y() + r);
        }
        return box;
    }
}
