package org.genaikg.api.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.genaikg.api.index.IndexedEdge;
import org.genaikg.api.web.Elements.Position;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Positions for the whole-graph view, computed on the server so the explorer can draw it with
 * Cytoscape.js's {@code preset} layout instead of running {@code cose} in the browser. Pure logic, no I/O.
 *
 * <p>Each connected component is laid out on its own. Its leaves (nodes with one neighbour, a third
 * of the whole graph: entities one page mentions) are set aside; JGraphT's Fruchterman-Reingold lays
 * out the rest in a square sized so that the ideal edge length suits the sizes the explorer draws its
 * nodes at; nodes whose discs overlap are pushed apart, a node with leaves counting the rings its
 * leaves will take; then the leaves are put on those rings. Last, the components are packed in rows,
 * largest first, with a margin, so that none overlaps another. Every component starts from the same
 * seed, so the same graph gives the same picture and a component keeps its shape when another changes.
 */
final class OverviewLayout {
    /** The seed of every component's random start. */
    static final long SEED = 20240801L;

    /** Node diameters as {@code cy-style.json} draws them: {@code mapData(degree, 0, 40, 14, 58)}. */
    static final double SMALLEST = 14;
    static final double LARGEST = 58;
    static final int DEGREE_OF_LARGEST = 40;

    /** Room between the rims of two nodes (their labels hang below them). */
    static final double GAP = 12;
    /** Room between the boxes of two packed components. */
    static final double MARGIN = 60;

    /**
     * Fruchterman-Reingold's iterations: on genai-2024-08, 50 give the same clusters as 100 in half the
     * time. JGraphT's Barnes-Hut variant ({@code IndexedFRLayoutAlgorithm2D}) is faster but counts a far
     * cell as one node, so large components shrink into a uniform disc; the exact one on the components
     * without their leaves gives clusters one can read.
     */
    static final int ITERATIONS = 50;
    static final double NORMALIZATION = FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR;
    static final int OVERLAP_PASSES = 200;

    private OverviewLayout() {}

    /** The diameter the explorer draws a node of this degree at. */
    static double diameter(int degree) {
        double share = Math.min(Math.max(degree, 0), DEGREE_OF_LARGEST) / (double) DEGREE_OF_LARGEST;
        return SMALLEST + (LARGEST - SMALLEST) * share;
    }

    /** The centre of every node of {@code graph}, by IRI, in Cytoscape.js model coordinates. */
    static Map<String, Position> of(Subgraph graph) {
        Map<String, Integer> index = new HashMap<>();
        graph.nodes().forEach(n -> index.putIfAbsent(n.iri(), index.size()));
        int n = index.size();
        double[] radius = new double[n];
        index.forEach((iri, i) -> radius[i] = diameter(graph.degrees().getOrDefault(iri, 0)) / 2);
        Graph<Integer, DefaultEdge> simple = simpleGraph(n, graph.edges(), index);

        double[] x = new double[n];
        double[] y = new double[n];
        List<List<Integer>> components = new ArrayList<>();
        for (Set<Integer> members : new ConnectivityInspector<>(simple).connectedSets()) {
            List<Integer> ordered = members.stream().sorted().toList();
            components.add(ordered);
            layOut(ordered, simple, radius, x, y);
        }
        components.sort(Comparator.comparingInt((List<Integer> c) -> -c.size()).thenComparing(c -> c.get(0)));
        pack(components, radius, x, y);

        Map<String, Position> positions = new HashMap<>();
        index.forEach((iri, i) -> positions.put(iri, new Position(round(x[i]), round(y[i]))));
        return positions;
    }

    private static Graph<Integer, DefaultEdge> simpleGraph(int n, List<IndexedEdge> edges, Map<String, Integer> index) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (IndexedEdge edge : edges) {
            Integer source = index.get(edge.source());
            Integer target = index.get(edge.target());
            if (source != null && target != null && !source.equals(target)) {
                graph.addEdge(source, target);
            }
        }
        return graph;
    }

    /** Lays out one component around the origin. */
    private static void layOut(List<Integer> component, Graph<Integer, DefaultEdge> graph, double[] radius, double[] x, double[] y) {
        Map<Integer, List<Integer>> leavesOf = new HashMap<>();
        List<Integer> core = new ArrayList<>();
        for (int node : component) {
            if (graph.degreeOf(node) == 1 && graph.degreeOf(Graphs.neighborListOf(graph, node).get(0)) > 1) {
                leavesOf.computeIfAbsent(Graphs.neighborListOf(graph, node).get(0), k -> new ArrayList<>()).add(node);
            } else {
                core.add(node);
            }
        }
        forceDirected(core, graph, radius, x, y);
        double[] room = radius.clone();
        leavesOf.forEach((parent, leaves) -> room[parent] = rings(parent, leaves, radius, x, y, false));
        separate(core, room, x, y);
        leavesOf.forEach((parent, leaves) -> rings(parent, leaves, radius, x, y, true));
        separate(component, radius, x, y);
    }

    private static void forceDirected(List<Integer> core, Graph<Integer, DefaultEdge> graph, double[] radius, double[] x, double[] y) {
        if (core.size() == 1) {
            x[core.get(0)] = 0;
            y[core.get(0)] = 0;
            return;
        }
        double mean = core.stream().mapToDouble(i -> 2 * radius[i]).average().orElse(SMALLEST);
        double ideal = 2 * mean + GAP;
        double side = ideal * Math.sqrt(core.size()) / NORMALIZATION;
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        new FRLayoutAlgorithm2D<Integer, DefaultEdge>(ITERATIONS, NORMALIZATION, new Random(SEED))
                .layout(new AsSubgraph<>(graph, new LinkedHashSet<>(core)), model);
        for (int k = 0; k < core.size(); k++) {
            int i = core.get(k);
            Point2D point = model.get(i);
            boolean placed = point != null && Double.isFinite(point.getX()) && Double.isFinite(point.getY());
            // a node the algorithm could not place (it divides by a zero displacement) goes on a circle
            x[i] = placed ? point.getX() : side / 2 * Math.cos(k);
            y[i] = placed ? point.getY() : side / 2 * Math.sin(k);
        }
    }

    /**
     * The leaves of {@code parent} on rings around it, as many on each ring as fit; places them when
     * {@code place}, and answers the radius of the disc the parent and its rings take.
     */
    private static double rings(int parent, List<Integer> leaves, double[] radius, double[] x, double[] y, boolean place) {
        double leaf = leaves.stream().mapToDouble(i -> radius[i]).max().orElse(SMALLEST / 2);
        double step = 2 * leaf + GAP;
        double ring = radius[parent] + GAP + leaf;
        int placed = 0;
        while (true) {
            int fits = Math.max(1, (int) (2 * Math.PI * ring / step));
            int here = Math.min(fits, leaves.size() - placed);
            // start each ring half a step on, so the leaves of two rings do not line up
            double offset = (ring / step) % 1;
            for (int k = 0; place && k < here; k++) {
                double angle = 2 * Math.PI * (k + offset) / here;
                int node = leaves.get(placed + k);
                x[node] = x[parent] + ring * Math.cos(angle);
                y[node] = y[parent] + ring * Math.sin(angle);
            }
            placed += here;
            if (placed == leaves.size()) {
                return ring + leaf;
            }
            ring += step;
        }
    }

    /** Pushes apart the nodes whose discs (and the gap between them) overlap, some passes at most. */
    private static void separate(List<Integer> nodes, double[] radius, double[] x, double[] y) {
        int n = nodes.size();
        for (int pass = 0; pass < OVERLAP_PASSES; pass++) {
            boolean moved = false;
            for (int p = 0; p < n; p++) {
                int a = nodes.get(p);
                for (int q = p + 1; q < n; q++) {
                    int b = nodes.get(q);
                    double wanted = radius[a] + radius[b] + GAP;
                    double dx = x[b] - x[a];
                    double dy = y[b] - y[a];
                    double distance = Math.sqrt(dx * dx + dy * dy);
                    if (distance >= wanted) {
                        continue;
                    }
                    if (distance < 1e-9) {
                        // the same spot: part along a direction fixed by the pair, not by chance
                        dx = Math.cos(a + b);
                        dy = Math.sin(a + b);
                        distance = 0;
                    } else {
                        dx /= distance;
                        dy /= distance;
                    }
                    double push = (wanted - distance) / 2 + 1e-6;
                    x[a] -= dx * push;
                    y[a] -= dy * push;
                    x[b] += dx * push;
                    y[b] += dy * push;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /**
     * Places the components' bounding boxes in rows, left to right, largest first; a row is as wide
     * as the widest component or the side of a square holding them all, whichever is wider.
     */
    private static void pack(List<List<Integer>> components, double[] radius, double[] x, double[] y) {
        List<double[]> boxes = new ArrayList<>();
        double area = 0;
        double widest = 0;
        for (List<Integer> component : components) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i : component) {
                box[0] = Math.min(box[0], x[i] - radius[i]);
                box[1] = Math.min(box[1], y[i] - radius[i]);
                box[2] = Math.max(box[2], x[i] + radius[i]);
                box[3] = Math.max(box[3], y[i] + radius[i]);
            }
            boxes.add(box);
            area += (box[2] - box[0] + MARGIN) * (box[3] - box[1] + MARGIN);
            widest = Math.max(widest, box[2] - box[0]);
        }
        double rowWidth = Math.max(widest, Math.sqrt(area));
        double left = 0;
        double top = 0;
        double rowHeight = 0;
        for (int c = 0; c < components.size(); c++) {
            double[] box = boxes.get(c);
            double width = box[2] - box[0];
            if (left > 0 && left + width > rowWidth) {
                left = 0;
                top += rowHeight + MARGIN;
                rowHeight = 0;
            }
            for (int i : components.get(c)) {
                x[i] += left - box[0];
                y[i] += top - box[1];
            }
            left += width + MARGIN;
            rowHeight = Math.max(rowHeight, box[3] - box[1]);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
