package org.genaikg.history.walk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;

/**
 * What changed between two graphs, record by record: the nodes and edges only the old graph has
 * or has in another form ({@code before}), and those only the new one has or has in another form
 * ({@code after}). Each record maps to RDF on its own, so the RDF change of the whole graph is the
 * change between the RDF of these records.
 */
record GraphDelta(List<Node> nodesBefore, List<Node> nodesAfter, List<Edge> edgesBefore, List<Edge> edgesAfter) {

    static GraphDelta between(KnowledgeGraph before, KnowledgeGraph after) {
        List<Node> nodesBefore = new ArrayList<>();
        List<Node> nodesAfter = new ArrayList<>();
        List<Edge> edgesBefore = new ArrayList<>();
        List<Edge> edgesAfter = new ArrayList<>();
        mergeJoin(before.nodes(), after.nodes(), Node::iri, nodesBefore, nodesAfter);
        mergeJoin(before.edges(), after.edges(), Edge::key, edgesBefore, edgesAfter);
        return new GraphDelta(nodesBefore, nodesAfter, edgesBefore, edgesAfter);
    }

    boolean isEmpty() {
        return nodesBefore.isEmpty() && nodesAfter.isEmpty() && edgesBefore.isEmpty() && edgesAfter.isEmpty();
    }

    /** Both lists are sorted by key (a {@link KnowledgeGraph} keeps them so). */
    private static <T> void mergeJoin(List<T> old, List<T> now, Function<T, String> key, List<T> gone, List<T> came) {
        Iterator<T> a = old.iterator();
        Iterator<T> b = now.iterator();
        T x = next(a);
        T y = next(b);
        while (x != null || y != null) {
            int order = x == null ? 1 : y == null ? -1 : key.apply(x).compareTo(key.apply(y));
            if (order < 0) {
                gone.add(x);
                x = next(a);
            } else if (order > 0) {
                came.add(y);
                y = next(b);
            } else {
                if (!Objects.equals(x, y)) {
                    gone.add(x);
                    came.add(y);
                }
                x = next(a);
                y = next(b);
            }
        }
    }

    private static <T> T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }
}
