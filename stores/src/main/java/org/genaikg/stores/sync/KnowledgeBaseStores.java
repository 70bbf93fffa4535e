package org.genaikg.stores.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.SyncReport;
import org.genaikg.stores.sync.internal.DiskPageCache;
import org.genaikg.stores.sync.internal.NamedGraphs;
import org.genaikg.stores.sync.internal.RdfStore;
import org.genaikg.stores.sync.internal.SparqlRdfStore;
import org.genaikg.stores.sync.internal.StoreComparison;
import org.genaikg.stores.sync.internal.SyncJournal;
import org.genaikg.stores.sync.internal.TdbRdfStore;
import org.genaikg.stores.tdb.TdbGraphStore;

/**
 * The knowledge base's two stores kept in step: RDF (TDB2 in {@code dataDir/tdb2}, or a remote
 * SPARQL store) is the source of truth, one named graph per document; Neo4j (embedded in
 * {@code dataDir/neo4j}, or an external server) holds the same graph as a property graph.
 *
 * <p>{@link #update} rebuilds incrementally: pages whose text is unchanged come from the page
 * cache ({@code dataDir/cache}), the whole graph is resolved again, and only the documents whose
 * named graph changed are written (one RDF transaction), then Neo4j gets exactly the node and
 * relationship changes (one transaction). A journal ({@code dataDir/sync}) written before and
 * cleared after makes an interrupted update finish at the next {@link #open}. The first update
 * after {@code open} reads both stores back to compare; later ones compare with what this
 * instance wrote, where nothing else can write (TDB2 in the data folder, the embedded Neo4j).
 *
 * <p>Not thread-safe for writes: one {@code update} at a time.
 */
public final class KnowledgeBaseStores implements AutoCloseable {

    private final Path dataDir;
    private final RdfStore rdf;
    private final Optional<EmbeddedNeo4j> embedded;
    private final Neo4jGraphStore neo4j;
    private final Neo4jConnectionSettings neo4jConnection;
    private final SyncJournal journal;
    // What this instance last wrote where nothing else writes (TDB2 in the data folder, the embedded
    // Neo4j): the next update compares with it instead of reading the whole store back.
    private Map<String, String> tdbHoldsDigests;
    private KnowledgeGraph neo4jHolds;

    private KnowledgeBaseStores(Path dataDir, RdfStore rdf, Optional<EmbeddedNeo4j> embedded, Neo4jGraphStore neo4j,
                                Neo4jConnectionSettings neo4jConnection) {
        this.dataDir = dataDir;
        this.rdf = rdf;
        this.embedded = embedded;
        this.neo4j = neo4j;
        this.neo4jConnection = neo4jConnection;
        this.journal = new SyncJournal(dataDir);
    }

    /**
     * Opens both stores (starting the embedded Neo4j unless an external server is set) and
     * finishes an update a crash interrupted.
     */
    public static KnowledgeBaseStores open(Path dataDir, StoreSettings settings) {
        return open(dataDir, settings, Optional.empty());
    }

    /**
     * As {@link #open(Path, StoreSettings)}, on the TDB2 store of {@code dataDir} the caller opened
     * already, for example to serve its dataset while Neo4j starts. From here the stores own it:
     * they close it, also when opening fails.
     */
    public static KnowledgeBaseStores open(Path dataDir, StoreSettings settings, TdbGraphStore tdb) {
        if (settings.sparql().isPresent()) {
            tdb.close();
            throw new IllegalArgumentException("a TDB2 store was given, but the settings name a SPARQL store");
        }
        return open(dataDir, settings, Optional.of(tdb));
    }

    private static KnowledgeBaseStores open(Path dataDir, StoreSettings settings, Optional<TdbGraphStore> openedTdb) {
        List<AutoCloseable> opened = new ArrayList<>();
        openedTdb.ifPresent(opened::add);
        try {
            RdfStore rdf = openedTdb.<RdfStore>map(TdbRdfStore::new)
                    .or(() -> settings.sparql().map(SparqlRdfStore::new))
                    .orElseGet(() -> new TdbRdfStore(TdbGraphStore.open(dataDir)));
            if (openedTdb.isEmpty()) {
                opened.add(rdf);
            }
            Optional<EmbeddedNeo4j> embedded = settings.neo4jServer().isPresent()
                    ? Optional.empty()
                    : Optional.of(EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(dataDir).withBoltPort(settings.boltPort())
                            .withPassword(BoltCredentials.loadOrCreate(dataDir).password())));
            embedded.ifPresent(opened::add);
            Neo4jConnectionSettings connection = settings.neo4jServer()
                    .orElseGet(() -> embedded.orElseThrow().connectionSettings());
            Neo4jGraphStore neo4j = Neo4jGraphStore.open(connection, settings.neo4jOptions());
            opened.add(neo4j);
            KnowledgeBaseStores stores = new KnowledgeBaseStores(dataDir, rdf, embedded, neo4j, connection);
            stores.recover();
            return stores;
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /**
     * Extracts {@code docs} (reusing the page cache) and brings both stores to the new graph,
     * writing only what changed. When no page could be extracted, nothing is written.
     */
    public BuildReport update(Path docs, ExtractionOptions options, ProgressListener progress) {
        long start = System.nanoTime();
        DiskPageCache cache = new DiskPageCache(dataDir);
        KnowledgeGraph graph = new Extractor(options).extract(docs, progress, cache);
        long extracted = System.nanoTime();
        if (graph.documents() == 0) {
            return new BuildReport(graph, cache.writes(), List.of(), List.of(), new SyncReport(0, 0, 0, 0),
                    Duration.ofNanos(extracted - start), Duration.ZERO, Duration.ZERO);
        }
        DatasetGraph target = NamedGraphs.of(graph);
        Map<String, String> targetDigests = NamedGraphs.digests(target);
        Map<String, String> storedDigests = tdbHoldsDigests != null ? tdbHoldsDigests : NamedGraphs.digests(rdf.copy());
        tdbHoldsDigests = null; // unknown until this write commits
        Map<Node, Graph> changed = new HashMap<>();
        targetDigests.forEach((iri, digest) -> {
            if (!digest.equals(storedDigests.get(iri))) {
                changed.put(NodeFactory.createURI(iri), NamedGraphs.graph(target, iri));
            }
        });
        Set<String> removed = new TreeSet<>(storedDigests.keySet());
        removed.removeAll(targetDigests.keySet());

        journal.begin(new SyncJournal.Entry(targetDigests, graph));
        rdf.replaceGraphs(changed, removed.stream().map(NodeFactory::createURI).collect(java.util.stream.Collectors.toSet()));
        if (rdf instanceof TdbRdfStore) {
            tdbHoldsDigests = targetDigests;
        }
        long rdfWritten = System.nanoTime();
        SyncReport neo4jReport = syncNeo4j(graph);
        journal.end();
        long end = System.nanoTime();
        cache.prune();
        return new BuildReport(graph, cache.writes(), changed.keySet().stream().map(Node::getURI).sorted().toList(),
                List.copyOf(removed), neo4jReport, Duration.ofNanos(extracted - start), Duration.ofNanos(rdfWritten - extracted),
                Duration.ofNanos(end - rdfWritten));
    }

    /** Writes the stored graph (from the RDF store) as a dump in the format of {@code out}'s extension. */
    public RdfFormat export(Path out) {
        return RdfDumpWriter.write(NamedGraphs.asDump(rdf.copy()), out);
    }

    /** Compares the stores: nodes per class, edges per relation, and about {@code samplePerClass} nodes of each class property by property. */
    public VerifyReport verify(int samplePerClass) {
        return new StoreComparison(rdf.copy(), neo4j).compare(samplePerClass);
    }

    /** The RDF store's named graphs, a copy in memory (the union is their sum). */
    public DatasetGraph rdfCopy() {
        return rdf.copy();
    }

    /** The Neo4j store, for reads through the driver. */
    public Neo4jGraphStore neo4j() {
        return neo4j;
    }

    /** How any Bolt client (cypher-shell, Neo4j Browser, the driver) reaches the Neo4j in use. */
    public Neo4jConnectionSettings neo4jConnection() {
        return neo4jConnection;
    }

    /** The TDB2 store, when the RDF side is TDB2 (not a remote SPARQL store). */
    public Optional<TdbGraphStore> tdb() {
        return rdf instanceof TdbRdfStore tdb ? Optional.of(tdb.store()) : Optional.empty();
    }

    private SyncReport syncNeo4j(KnowledgeGraph graph) {
        KnowledgeGraph known = neo4jHolds;
        neo4jHolds = null; // unknown until this write commits
        SyncReport report;
        if (known != null) {
            report = neo4j.sync(graph, known);
        } else if (neo4j.isEmpty()) {
            var load = neo4j.replaceAll(graph); // batched, fast; an interruption is repaired from the journal
            report = new SyncReport(load.nodes(), 0, load.relationships(), 0);
        } else {
            report = neo4j.sync(graph);
        }
        if (embedded.isPresent()) {
            neo4jHolds = graph;
        }
        return report;
    }

    /** Finishes the update a crash interrupted: the RDF store committed, Neo4j is brought to the same graph. */
    private void recover() {
        journal.pending().ifPresent(entry -> {
            entry.ifPresent(pending -> {
                if (NamedGraphs.digests(rdf.copy()).equals(pending.targetDigests())) {
                    syncNeo4j(pending.target());
                }
                // otherwise the RDF write never committed, and Neo4j (written after it) was not touched
            });
            journal.end();
        });
    }

    @Override
    public void close() {
        List<AutoCloseable> open = new ArrayList<>();
        open.add(rdf);
        embedded.ifPresent(open::add);
        open.add(neo4j);
        closeAll(open, null); // in reverse: the driver, then the server it talks to, then the RDF store
    }

    private static void closeAll(List<AutoCloseable> resources, RuntimeException failure) {
        RuntimeException first = failure;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null && failure == null) {
            throw first;
        }
    }
}
