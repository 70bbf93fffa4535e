package org.genaikg.stores.sync.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.ontology.Namespaces;

/**
 * The graph as the stores keep it: one named graph per document. What the mapping puts in the
 * default graph (facts without evidence) is kept in a named graph of its own, since a store's
 * default graph is the union; exports put it back.
 */
public final class NamedGraphs {

    /** Where the store keeps the triples no document gave. */
    public static final Node UNSOURCED = NodeFactory.createURI(Namespaces.RESOURCE + "graph/unsourced");

    private NamedGraphs() {}

    /** The graph mapped to RDF, every quad in a named graph. */
    public static DatasetGraph of(KnowledgeGraph graph) {
        DatasetGraph stored = DatasetGraphFactory.create();
        RdfMapping.toDataset(graph).find().forEachRemaining(quad -> stored.add(
                quad.isDefaultGraph() ? Quad.create(UNSOURCED, quad.asTriple()) : quad));
        return stored;
    }

    /** The stored dataset as the extractor maps a graph: the unsourced triples back in the default graph. */
    public static DatasetGraph asDump(DatasetGraph stored) {
        DatasetGraph dump = DatasetGraphFactory.create();
        stored.find().forEachRemaining(quad -> dump.add(
                UNSOURCED.equals(quad.getGraph()) ? Quad.create(Quad.defaultGraphIRI, quad.asTriple()) : quad));
        return dump;
    }

    /** A digest of each named graph's triples (sorted N-Triples lines), by graph IRI. */
    public static Map<String, String> digests(DatasetGraph dataset) {
        Map<String, List<String>> lines = new TreeMap<>();
        dataset.find().forEachRemaining(quad -> lines.computeIfAbsent(quad.getGraph().getURI(), g -> new ArrayList<>())
                .add(NodeFmtLib.str(quad.asTriple())));
        Map<String, String> digests = new TreeMap<>();
        lines.forEach((graph, triples) -> digests.put(graph, digest(triples)));
        return digests;
    }

    /** The named graph of this IRI. */
    public static Graph graph(DatasetGraph dataset, String iri) {
        return dataset.getGraph(NodeFactory.createURI(iri));
    }

    private static String digest(List<String> triples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            triples.stream().sorted().distinct().forEach(line -> {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
