package org.genaikg.api.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.ontology.NodeKind;
import org.springframework.stereotype.Component;

/** Reads a {@link GraphSnapshot} from the store: four queries, no per-node round trips. */
@Component
class GraphSnapshotLoader {
    private final GraphReader reader;

    GraphSnapshotLoader(GraphReader reader) {
        this.reader = reader;
    }

    GraphSnapshot load() {
        return reader.inOneTransaction(this::loadInTransaction);
    }

    private GraphSnapshot loadInTransaction() {
        Map<String, NodeKind> kinds = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        reader.select(IndexQueries.labelledNodes(), row -> row).forEach(row -> {
            String iri = row.getResource("node").getURI();
            kinds.putIfAbsent(iri, NodeIds.kindOf(row.getResource("class").getURI()));
            labels.merge(iri, row.getLiteral("label").getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        Map<String, TreeSet<String>> aliases = new HashMap<>();
        reader.select(IndexQueries.aliases(), row -> row).forEach(row -> aliases
                .computeIfAbsent(row.getResource("node").getURI(), k -> new TreeSet<>())
                .add(row.getLiteral("alias").getLexicalForm()));
        Map<String, Evidence> contexts = new HashMap<>();
        reader.select(IndexQueries.evidenceTexts(), GraphSnapshotLoader::evidence)
                .forEach(e -> contexts.merge(e.node(), e, (a, b) -> Evidence.ORDER.compare(a, b) <= 0 ? a : b));
        List<IndexedNode> nodes = new ArrayList<>();
        kinds.forEach((iri, kind) -> nodes.add(new IndexedNode(iri, kind, labels.get(iri),
                List.copyOf(aliases.getOrDefault(iri, new TreeSet<>())),
                contexts.containsKey(iri) ? contexts.get(iri).text() : "")));
        List<IndexedEdge> edges = reader.select(IndexQueries.relations(), row -> new IndexedEdge(
                row.getResource("source").getURI(),
                NodeIds.relationOf(row.getResource("relation").getURI()),
                uriOrNull(row.get("target"))));
        return GraphSnapshot.of(nodes, edges.stream().filter(e -> e.target() != null).toList());
    }

    private record Evidence(String node, String path, long line, String text) {
        static final Comparator<Evidence> ORDER =
                Comparator.comparing(Evidence::path).thenComparingLong(Evidence::line).thenComparing(Evidence::text);
    }

    private static Evidence evidence(QuerySolution row) {
        return new Evidence(
                row.getResource("node").getURI(),
                row.contains("path") ? row.getLiteral("path").getLexicalForm() : "",
                row.contains("line") ? row.getLiteral("line").getLong() : 0,
                row.getLiteral("text").getLexicalForm());
    }

    private static String uriOrNull(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : null;
    }
}
