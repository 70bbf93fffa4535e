package org.genaikg.stores.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.HistoryMapping;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.ontology.History;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.HistoryRows;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.neo4j.Neo4jContents;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.SyncReport;
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
 * <p>The stores do not extract: they apply {@link ChangeSet}s, computed by the caller from
 * {@link #contents()} and a new graph (the build pipeline does this). {@link #apply} writes only
 * the documents whose named graph changed (one RDF transaction), then exactly the node and
 * relationship changes in Neo4j (one transaction). A journal ({@code dataDir/sync}) written before
 * and cleared after makes an interrupted write finish at the next {@link #open}.
 *
 * <p>Not thread-safe for writes: one {@code apply} at a time.
 */
public final class KnowledgeBaseStores implements AutoCloseable {

    private final DataFolderLock lock;
    private final RdfStore rdf;
    private final Optional<EmbeddedNeo4j> embedded;
    private final Neo4jGraphStore neo4j;
    private final Neo4jConnectionSettings neo4jConnection;
    private final SyncJournal journal;
    // What this instance last wrote where nothing else writes (TDB2 in the data folder, the embedded
    // Neo4j): the next update compares with it instead of reading the whole store back.
    private Map<String, String> tdbHoldsDigests;
    private Neo4jContents neo4jHolds;
    // Counts the writes, so that apply() can refuse a change set computed from older contents.
    private long generation;

    private KnowledgeBaseStores(Path dataDir, DataFolderLock lock, RdfStore rdf, Optional<EmbeddedNeo4j> embedded,
                                Neo4jGraphStore neo4j, Neo4jConnectionSettings neo4jConnection) {
        this.lock = lock;
        this.rdf = rdf;
        this.embedded = embedded;
        this.neo4j = neo4j;
        this.neo4jConnection = neo4jConnection;
        this.journal = new SyncJournal(dataDir);
    }

    /**
     * Locks the data folder ({@link DataFolderLock}), opens both stores (starting the embedded Neo4j
     * unless an external server is set) and finishes an update a crash interrupted.
     *
     * @throws DataFolderInUse when another process uses the data folder
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
            DataFolderLock lock = DataFolderLock.acquire(dataDir);
            opened.add(0, lock); // released last
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
            KnowledgeBaseStores stores = new KnowledgeBaseStores(dataDir, lock, rdf, embedded, neo4j, connection);
            stores.recover();
            return stores;
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /**
     * What the stores hold now, to compute a {@link ChangeSet} from. The first call after
     * {@code open} reads both stores back; later ones answer from what this instance read or wrote
     * last, where nothing else writes (TDB2 in the data folder, the embedded Neo4j). An external
     * store is always read back.
     */
    public StoreContents contents() {
        Map<String, String> rdfDigests = tdbHoldsDigests != null ? tdbHoldsDigests : NamedGraphs.digests(rdf.copy());
        Neo4jContents neo4jContents = neo4jHolds != null ? neo4jHolds : neo4j.contents();
        if (rdf instanceof TdbRdfStore) {
            tdbHoldsDigests = rdfDigests;
        }
        if (embedded.isPresent()) {
            neo4jHolds = neo4jContents;
        }
        return new StoreContents(rdfDigests, neo4jContents, generation);
    }

    /**
     * Brings both stores to the change set's target: the journal first (forced to disk), then the
     * RDF store in one transaction, then Neo4j in one transaction (the first load into an empty
     * Neo4j in batches), then the journal is cleared. A crash anywhere is finished at the next
     * {@link #open}.
     *
     * @throws IllegalStateException when the changes were computed from other contents than these stores hold now
     */
    public ApplyReport apply(ChangeSet changes) {
        if (changes.generation() != generation) {
            throw new IllegalStateException("the change set was computed from other contents than the stores hold now: "
                    + "compute it from contents() just before applying it");
        }
        generation++;
        long start = System.nanoTime();
        tdbHoldsDigests = null; // unknown until this write commits
        neo4jHolds = null;
        journal.begin(changes.target());
        rdf.replaceGraphs(changes.graphsToWrite(), changes.graphsToRemove());
        if (rdf instanceof TdbRdfStore) {
            tdbHoldsDigests = changes.targetDigests();
        }
        long rdfWritten = System.nanoTime();
        SyncReport neo4jReport = neo4j.apply(changes.neo4j());
        if (changes.documentsRemoved().contains(History.GRAPH)) {
            neo4j.clearHistory(); // the history went with its named graph: a build of pages has none
        }
        if (embedded.isPresent()) {
            neo4jHolds = Neo4jContents.of(changes.target());
        }
        journal.end();
        long end = System.nanoTime();
        return new ApplyReport(changes.documentsWritten(), changes.documentsRemoved(), neo4jReport,
                Duration.ofNanos(rdfWritten - start), Duration.ofNanos(end - rdfWritten));
    }

    /**
     * Writes the history of the graph the stores hold ({@code current}, just applied): the named
     * graph {@link History#GRAPH} in the RDF store (one transaction), and in Neo4j the revisions,
     * the presences and the time properties of {@code current}'s nodes and relationships (one
     * transaction). A later build of pages, which has no history, removes both.
     */
    public void writeHistory(GraphHistory history, KnowledgeGraph current) {
        Node name = NodeFactory.createURI(History.GRAPH);
        Graph graph = HistoryMapping.toGraph(history);
        tdbHoldsDigests = null; // unknown until this write commits
        rdf.replaceGraphs(Map.of(name, graph), Set.of());
        neo4j.writeHistory(HistoryRows.of(history, current));
        generation++;
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

    /** Finishes the update a crash interrupted: the RDF store committed, Neo4j is brought to the same graph. */
    private void recover() {
        journal.pending().ifPresent(entry -> {
            entry.ifPresent(pending -> {
                StoreContents held = contents();
                ChangeSet repair = ChangeSet.between(held, pending);
                if (held.rdfDigests().equals(repair.targetDigests())) {
                    neo4jHolds = null; // read before the repair
                    neo4j.apply(repair.neo4j());
                }
                // otherwise the RDF write never committed, and Neo4j (written after it) was not touched
            });
            journal.end();
        });
    }

    @Override
    public void close() {
        List<AutoCloseable> open = new ArrayList<>();
        open.add(lock);
        open.add(rdf);
        embedded.ifPresent(open::add);
        open.add(neo4j);
        closeAll(open, null); // in reverse: the driver, then the server it talks to, then the RDF store, then the lock
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
