package org.genaikg.stores.tdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ChannelManager;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.genaikg.stores.files.StoreFolder;

/**
 * The RDF graph in a Jena TDB2 dataset under {@code dataDir/tdb2}: one named graph per source
 * document, and the union of them as the default graph, so SPARQL without {@code GRAPH} sees
 * the whole knowledge base. Every write is one transaction: a reader sees the old graph or the
 * new one, never half.
 */
public final class TdbGraphStore implements AutoCloseable {

    private final DatasetGraph dataset;

    private TdbGraphStore(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the dataset under {@code dataDir/tdb2}; a dataset whose first
     * creation never finished is made anew ({@link StoreFolder}).
     */
    public static TdbGraphStore open(Path dataDir) {
        Path folder = dataDir.resolve("tdb2");
        return new StoreFolder(folder, "the TDB2 store").open(() -> {
            DatasetGraph dataset;
            try {
                dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
            } catch (RuntimeException unusable) {
                releaseFolder(folder); // TDB2 keeps the folder open and locked for this process after a failed connect
                throw unusable;
            }
            try {
                dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
                Txn.executeRead(dataset, () -> dataset.find().hasNext()); // a damaged dataset fails here, not at the first query
                return new TdbGraphStore(dataset);
            } catch (RuntimeException unusable) {
                TDBInternal.expel(dataset);
                throw unusable;
            }
        });
    }

    /**
     * Releases what TDB2 holds on the folder after a failed connect: the files it opened and the
     * locks it took on the folder and its generations ({@code Data-0001}...), or it could never be made anew.
     */
    private static void releaseFolder(Path folder) {
        ChannelManager.releaseAll(folder.toString());
        List<Path> locked = new ArrayList<>(List.of(folder));
        try (Stream<Path> generations = Files.list(folder)) {
            generations.filter(Files::isDirectory).forEach(locked::add);
        } catch (IOException e) {
            // nothing more to release than the folder's own lock
        }
        for (Path dir : locked) {
            ProcessFileLock lock = ProcessFileLock.create(dir.resolve("tdb.lock").toString());
            if (lock.isLockedHere()) {
                lock.unlock();
            }
            ProcessFileLock.release(lock);
        }
    }

    /**
     * Replaces every named graph with those of {@code source}, in one write transaction; returns
     * the quads written. The source's own default graph must be empty: here the default graph is
     * the union, so triples put there would never be seen.
     */
    public long replaceAll(DatasetGraph source) {
        if (!source.getDefaultGraph().isEmpty()) {
            throw new IllegalArgumentException("triples outside a named graph: put each document's triples in its own graph");
        }
        return Txn.calculateWrite(dataset, () -> {
            dataset.clear();
            long quads = 0;
            for (Iterator<Quad> it = source.find(); it.hasNext(); quads++) {
                dataset.add(it.next());
            }
            return quads;
        });
    }

    /** Replaces one document's named graph, in one write transaction. */
    public void replaceGraph(Node graphName, Graph graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graphName);
            graph.find().forEachRemaining(triple -> dataset.add(graphName, triple.getSubject(), triple.getPredicate(), triple.getObject()));
        });
    }

    /**
     * Replaces some documents' named graphs and removes others, all in ONE write transaction: a
     * crash leaves every document with its old graph or its new one.
     */
    public void replaceGraphs(Map<Node, Graph> changed, Set<Node> removed) {
        Txn.executeWrite(dataset, () -> {
            removed.forEach(dataset::removeGraph);
            changed.forEach((name, graph) -> {
                dataset.removeGraph(name);
                graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        });
    }

    /** A copy, in memory, of every named graph, read in one transaction. */
    public DatasetGraph copy() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Triples per named graph, by graph IRI. */
    public Map<String, Long> triplesPerGraph() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Long> counts = new TreeMap<>();
            dataset.listGraphNodes().forEachRemaining(name -> counts.put(name.getURI(), (long) dataset.getGraph(name).size()));
            return counts;
        });
    }

    /** Triples in the union default graph: each distinct triple once, whichever documents state it. */
    public long countTriples() {
        return Txn.calculateRead(dataset, () -> (long) dataset.getUnionGraph().size());
    }

    /** The dataset, for SPARQL; wrap reads and writes in {@link Txn}. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Closes the dataset and releases its folder (and the TDB2 lock file), so another process can open it. */
    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset);
    }
}
