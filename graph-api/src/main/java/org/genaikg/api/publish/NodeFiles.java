package org.genaikg.api.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.nodes.NodeReader;
import org.genaikg.api.store.GraphReader;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfMapping;
import tools.jackson.databind.ObjectWriter;

/**
 * One JSON per node, what {@code /api/nodes/{id}} answers for it: read by the API's own
 * {@link NodeReader} from the graph's RDF held in memory, so the published panel shows what the
 * served one shows.
 */
final class NodeFiles {
    private NodeFiles() {}

    /** Writes every node's file under {@code out}, {@code threads} at a time; answers how many. */
    static int write(KnowledgeGraph graph, GraphSnapshot snapshot, Path out, ObjectWriter json, int threads) {
        NodeReader reader = new NodeReader(new GraphReader(inMemory(RdfMapping.toGraph(graph))));
        List<IndexedNode> nodes = List.copyOf(snapshot.nodes().values());
        InParallel.forEach(nodes, threads, "the node files", node -> {
            Path file = out.resolve(StaticPaths.node(node.id()));
            Files.createDirectories(file.getParent());
            json.writeValue(file.toFile(), reader.read(node.iri()));
        });
        return nodes.size();
    }

    /** The union graph in a transactional in-memory dataset, its default graph, as {@link GraphReader} reads it. */
    static Dataset inMemory(Graph union) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> union.find().forEachRemaining(dataset.asDatasetGraph().getDefaultGraph()::add));
        return dataset;
    }
}
