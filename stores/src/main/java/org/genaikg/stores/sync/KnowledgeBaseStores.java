package org.genaikg.stores.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
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
import org.genaikg.stores.neo4j.Neo4jChanges;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.neo4j.Neo4jContents;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.SyncReport;
import org.genaikg.stores.sync.internal.GraphKeyFile;
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
 * <p>Opened with {@link #openWithNeo4jLater}, the RDF store serves at once and Neo4j starts when
 * {@link #startNeo4j} is called, in the background. Until then, and until it holds what the RDF store
 * holds ({@link #neo4jInStep}), {@link #apply} writes the RDF store with the journal and leaves the
 * journal in place: once Neo4j is up, it is brought to the journal's target exactly as after a crash
 * (its changes computed against what it holds then), and the journal is cleared. A crash before that
 * is finished at the next open, as any interrupted write.
 *
 * <p>Not thread-safe for writes: one {@code apply} at a time.
 */
public final class KnowledgeBaseStores implements AutoCloseable {

    private static final SyncReport NO_CHANGES = new SyncReport(0, 0, 0, 0);

    private final DataFolderLock lock;
    private final RdfStore rdf;
    private final Path dataDir;
    private final StoreSettings settings;
    private final SyncJournal journal;
    private final GraphKeyFile graphKey;
    private final CompletableFuture<Neo4jSide> neo4jStarted = new CompletableFuture<>();
    private final CompletableFuture<Neo4jCatchUp> inStep = new CompletableFuture<>();
    private Thread neo4jStarter; // guarded by neo4jStarted
    private volatile boolean closed;
    // What this instance last wrote where nothing else writes (TDB2 in the data folder, the embedded
    // Neo4j): the next update compares with it instead of reading the whole store back.
    private volatile Map<String, String> tdbHoldsDigests;
    private volatile Neo4jContents neo4jHolds;
    // The graph the RDF store holds and Neo4j does not yet (its journal is on disk); guarded by this.
    private KnowledgeGraph neo4jBehind;
    private boolean historyToClear;
    // Counts the writes, so that apply() can refuse a change set computed from older contents.
    private long generation;

    private KnowledgeBaseStores(Path dataDir, StoreSettings settings, DataFolderLock lock, RdfStore rdf) {
        this.lock = lock;
        this.rdf = rdf;
        this.dataDir = dataDir;
        this.settings = settings;
        this.journal = new SyncJournal(dataDir);
        this.graphKey = new GraphKeyFile(dataDir);
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

    /**
     * As {@link #open(Path, StoreSettings, TdbGraphStore)}, without starting Neo4j: {@link #startNeo4j} starts it
     * in the background. Meanwhile the RDF store is read and written as usual; Neo4j catches up once it is up.
     */
    public static KnowledgeBaseStores openWithNeo4jLater(Path dataDir, StoreSettings settings, TdbGraphStore tdb) {
        if (settings.sparql().isPresent()) {
            tdb.close();
            throw new IllegalArgumentException("a TDB2 store was given, but the settings name a SPARQL store");
        }
        return openRdf(dataDir, settings, Optional.of(tdb));
    }

    private static KnowledgeBaseStores open(Path dataDir, StoreSettings settings, Optional<TdbGraphStore> openedTdb) {
        KnowledgeBaseStores stores = openRdf(dataDir, settings, openedTdb);
        try {
            stores.startAndCatchUp();
            stores.inStep.join();
            return stores;
        } catch (RuntimeException e) {
            RuntimeException cause = e instanceof CompletionException && e.getCause() instanceof RuntimeException c ? c : e;
            closeAll(List.of(stores::close), cause);
            throw cause;
        }
    }

    /** Locks the folder, opens the RDF store and reads the journal an interrupted write left. */
    private static KnowledgeBaseStores openRdf(Path dataDir, StoreSettings settings, Optional<TdbGraphStore> openedTdb) {
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
            KnowledgeBaseStores stores = new KnowledgeBaseStores(dataDir, settings, lock, rdf);
            stores.readJournal();
            return stores;
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /**
     * Starts Neo4j (the embedded server, or the driver of an external one) in the background, then brings it
     * to what the RDF store holds; {@link #neo4jInStep} says when. Does nothing after the first call.
     */
    public void startNeo4j() {
        synchronized (neo4jStarted) {
            if (neo4jStarter != null || closed) {
                return;
            }
            neo4jStarter = new Thread(this::startAndCatchUp, "kg-neo4j");
            neo4jStarter.setDaemon(true);
            neo4jStarter.start();
        }
    }

    /** Completes once Neo4j holds what the RDF store holds: how long its start and its catch-up took. */
    public CompletionStage<Neo4jCatchUp> neo4jInStep() {
        return inStep.minimalCompletionStage();
    }

    /** True once Neo4j holds what the RDF store holds (false while it starts or catches up). */
    public boolean isNeo4jInStep() {
        return inStep.isDone() && !inStep.isCompletedExceptionally();
    }

    private void startAndCatchUp() {
        try {
            long start = System.nanoTime();
            Neo4jSide side = Neo4jSide.start(dataDir, settings);
            neo4jStarted.complete(side);
            catchUp(side, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            neo4jStarted.completeExceptionally(e);
            inStep.completeExceptionally(e);
        }
    }

    /** Brings Neo4j to the graph the RDF store holds and it does not yet (an interrupted or a deferred write). */
    private synchronized void catchUp(Neo4jSide side, Duration started) {
        if (closed) {
            throw new IllegalStateException("the stores were closed while Neo4j started");
        }
        long start = System.nanoTime();
        SyncReport report = NO_CHANGES;
        if (neo4jBehind != null) {
            neo4jHolds = null; // read before the repair
            report = side.store().apply(Neo4jChanges.between(side.store().contents(), neo4jBehind));
            if (historyToClear) {
                side.store().clearHistory();
            }
            if (side.embedded().isPresent()) {
                neo4jHolds = Neo4jContents.of(neo4jBehind);
            }
            journal.end();
            neo4jBehind = null;
            historyToClear = false;
        }
        inStep.complete(new Neo4jCatchUp(started, Duration.ofNanos(System.nanoTime() - start), report));
    }

    /**
     * What the stores hold now, to compute a {@link ChangeSet} from. The first call after
     * {@code open} reads both stores back; later ones answer from what this instance read or wrote
     * last, where nothing else writes (TDB2 in the data folder, the embedded Neo4j). An external
     * store is always read back.
     */
    public StoreContents contents() {
        Map<String, String> rdfDigests = tdbHoldsDigests;
        if (rdfDigests == null) {
            rdfDigests = NamedGraphs.digests(rdf.copy());
            if (rdf instanceof TdbRdfStore) {
                tdbHoldsDigests = rdfDigests;
                graphKey.write(rdfDigests);
            }
        }
        return new StoreContents(rdfDigests, neo4jContents(), generation);
    }

    /** What Neo4j holds, not known while it starts or catches up. */
    private Optional<Neo4jContents> neo4jContents() {
        if (!inStep.isDone()) {
            return Optional.empty();
        }
        Neo4jSide side = neo4jSide();
        Neo4jContents held = neo4jHolds != null ? neo4jHolds : side.store().contents();
        if (side.embedded().isPresent()) {
            neo4jHolds = held;
        }
        return Optional.of(held);
    }

    /**
     * Brings both stores to the change set's target: the journal first (forced to disk), then the
     * RDF store in one transaction, then Neo4j in one transaction (the first load into an empty
     * Neo4j in batches), then the journal is cleared. A crash anywhere is finished at the next
     * {@link #open}. Before Neo4j holds what the RDF store holds, Neo4j's part is left to its catch-up
     * (the report says so); a second apply meanwhile waits for that catch-up first.
     *
     * @throws IllegalStateException when the changes were computed from other contents than these stores hold now
     */
    public ApplyReport apply(ChangeSet changes) {
        if (changes.generation() != generation) {
            throw new IllegalStateException("the change set was computed from other contents than the stores hold now: "
                    + "compute it from contents() just before applying it");
        }
        if (neo4jIsBehind()) {
            awaitNeo4j(); // one graph behind at most: the journal holds one target
        }
        synchronized (this) {
            generation++;
            long start = System.nanoTime();
            tdbHoldsDigests = null; // unknown until this write commits
            neo4jHolds = null;
            journal.begin(changes.target());
            graphKey.clear();
            rdf.replaceGraphs(changes.graphsToWrite(), changes.graphsToRemove());
            if (rdf instanceof TdbRdfStore) {
                tdbHoldsDigests = changes.targetDigests();
                graphKey.write(changes.targetDigests());
            }
            long rdfWritten = System.nanoTime();
            boolean removesHistory = changes.documentsRemoved().contains(History.GRAPH);
            if (!inStep.isDone()) {
                neo4jBehind = changes.target(); // written by the catch-up, once Neo4j is up
                historyToClear = removesHistory;
                return new ApplyReport(changes.documentsWritten(), changes.documentsRemoved(), NO_CHANGES,
                        Duration.ofNanos(rdfWritten - start), Duration.ZERO, true);
            }
            Neo4jSide side = neo4jSide();
            // contents read while Neo4j caught up: its changes are computed against what it holds now
            Neo4jChanges neo4jChanges = changes.neo4j().orElseGet(() -> Neo4jChanges.between(side.store().contents(), changes.target()));
            SyncReport neo4jReport = side.store().apply(neo4jChanges);
            if (removesHistory) {
                side.store().clearHistory(); // the history went with its named graph: a build of pages has none
            }
            if (side.embedded().isPresent()) {
                neo4jHolds = Neo4jContents.of(changes.target());
            }
            journal.end();
            long end = System.nanoTime();
            return new ApplyReport(changes.documentsWritten(), changes.documentsRemoved(), neo4jReport,
                    Duration.ofNanos(rdfWritten - start), Duration.ofNanos(end - rdfWritten), false);
        }
    }

    private synchronized boolean neo4jIsBehind() {
        return neo4jBehind != null;
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
        awaitNeo4j();
        graphKey.clear(); // written again when the digests are next read
        rdf.replaceGraphs(Map.of(name, graph), Set.of());
        neo4jSide().store().writeHistory(HistoryRows.of(history, current));
        generation++;
    }

    /** Writes the stored graph (from the RDF store) as a dump in the format of {@code out}'s extension. */
    public RdfFormat export(Path out) {
        return RdfDumpWriter.write(NamedGraphs.asDump(rdf.copy()), out);
    }

    /** Compares the stores: nodes per class, edges per relation, and about {@code samplePerClass} nodes of each class property by property. */
    public VerifyReport verify(int samplePerClass) {
        awaitNeo4j();
        return new StoreComparison(rdf.copy(), neo4jSide().store()).compare(samplePerClass);
    }

    /** The RDF store's named graphs, a copy in memory (the union is their sum). */
    public DatasetGraph rdfCopy() {
        return rdf.copy();
    }

    /** The Neo4j store, for reads through the driver, once it holds what the RDF store holds (starting it if need be). */
    public Neo4jGraphStore neo4j() {
        awaitNeo4j();
        return neo4jSide().store();
    }

    /** How any Bolt client (cypher-shell, Neo4j Browser, the driver) reaches the Neo4j in use, once it is up. */
    public Neo4jConnectionSettings neo4jConnection() {
        startNeo4j();
        return join(neo4jStarted).connection();
    }

    /**
     * A digest of the graph TDB2 holds, known without reading it when a write of this data folder (or a
     * read of the whole store) recorded it since the last change; empty otherwise, and with a SPARQL store.
     * Anything kept for one graph beside the stores can be matched with it.
     */
    public Optional<String> graphKey() {
        return rdf instanceof TdbRdfStore ? graphKey.read() : Optional.empty();
    }

    /** The TDB2 store, when the RDF side is TDB2 (not a remote SPARQL store). */
    public Optional<TdbGraphStore> tdb() {
        return rdf instanceof TdbRdfStore tdb ? Optional.of(tdb.store()) : Optional.empty();
    }

    /**
     * Reads the journal an interrupted write left: if the RDF store committed its target, Neo4j is to be
     * brought to it (by the catch-up); otherwise the RDF write never committed, Neo4j (written after it)
     * was not touched, and the journal is dropped.
     */
    private void readJournal() {
        journal.pending().ifPresent(entry -> {
            Optional<KnowledgeGraph> committed = entry.filter(pending -> contents().rdfDigests()
                    .equals(NamedGraphs.digests(NamedGraphs.of(pending))));
            committed.ifPresentOrElse(pending -> neo4jBehind = pending, journal::end);
        });
    }

    /** Waits until Neo4j holds what the RDF store holds, starting it if nobody has. */
    private void awaitNeo4j() {
        startNeo4j();
        join(inStep);
    }

    private Neo4jSide neo4jSide() {
        return join(neo4jStarted);
    }

    /** Stops Neo4j (waiting for a start under way: it cannot be stopped half-way), the RDF store, then releases the lock. */
    @Override
    public void close() {
        Thread starter;
        synchronized (neo4jStarted) {
            closed = true;
            starter = neo4jStarter;
        }
        List<AutoCloseable> open = new ArrayList<>();
        open.add(lock);
        open.add(rdf);
        if (starter != null || neo4jStarted.isDone()) {
            try {
                open.add(neo4jStarted.join()); // a start under way is waited for
            } catch (CompletionException | CancellationException e) {
                // it never started: nothing to stop
            }
        }
        closeAll(open, null); // in reverse: Neo4j (the driver, then the server), then the RDF store, then the lock
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The Neo4j half: the embedded server (none with an external one) and the driver's store on it. */
    private record Neo4jSide(Optional<EmbeddedNeo4j> embedded, Neo4jGraphStore store, Neo4jConnectionSettings connection)
            implements AutoCloseable {

        static Neo4jSide start(Path dataDir, StoreSettings settings) {
            Optional<EmbeddedNeo4j> embedded = settings.neo4jServer().isPresent()
                    ? Optional.empty()
                    : Optional.of(EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(dataDir).withBoltPort(settings.boltPort())
                            .withPassword(BoltCredentials.loadOrCreate(dataDir).password())));
            try {
                Neo4jConnectionSettings connection = settings.neo4jServer().orElseGet(() -> embedded.orElseThrow().connectionSettings());
                return new Neo4jSide(embedded, Neo4jGraphStore.open(connection, settings.neo4jOptions()), connection);
            } catch (RuntimeException e) {
                embedded.ifPresent(EmbeddedNeo4j::close);
                throw e;
            }
        }

        @Override
        public void close() {
            List<AutoCloseable> open = new ArrayList<>();
            embedded.ifPresent(open::add);
            open.add(store);
            closeAll(open, null); // the driver, then the server it talks to
        }
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
