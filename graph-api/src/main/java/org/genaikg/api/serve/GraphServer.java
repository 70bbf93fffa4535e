package org.genaikg.api.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.genaikg.api.GraphApiApplication;
import org.genaikg.api.build.ServedGraph;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.startup.StartPhases;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.source.CorpusFiles;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.sync.DataFolderLock;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything {@code kg serve} runs: the graph API on the TDB2 dataset, the two stores kept in step
 * ({@link KnowledgeBaseStores}: TDB2, and the embedded Neo4j or an external one), the incremental build
 * that fills them, and the watcher. {@link #start} returns as soon as the API answers with a graph:
 * on a restart, the graph TDB2 kept, at once, while the rebuild runs behind it; on a first start, once
 * the first build (extracted while Spring starts) has written it to TDB2. Neo4j starts only then, so
 * that it does not compete with the first answer for the cores, and catches up with TDB2 from the
 * stores' journal ({@link KnowledgeBaseStores#openWithNeo4jLater}); until it holds the graph, Cypher
 * answers 503 with Retry-After. Stopped in reverse: the watcher, the API, then the stores.
 */
public final class GraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphServer.class);
    private static final Duration WATCH_QUIET_PERIOD = Duration.ofMillis(500);

    private final StartPhases phases;
    private final CompletableFuture<Void> served = new CompletableFuture<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Throwable failure;
    private Path docs;
    private ServeSettings settings;
    private URI boltUri;
    private TdbGraphStore tdb;
    private boolean tdbHandedOver;
    private KnowledgeBaseStores stores;
    private volatile ConfigurableApplicationContext api;
    private Optional<BoltCredentials> boltLogin = Optional.empty();
    private KnowledgeBaseBuild build;
    private DocsWatcher watcher;
    private DataFolderLock lock;

    private GraphServer(StartPhases phases) {
        this.phases = phases;
    }

    /** Starts everything and returns once the API answers with a graph; {@code phases} records how long each part took. */
    public static GraphServer start(ServeSettings settings, StartPhases phases) {
        GraphServer server = new GraphServer(phases);
        try {
            server.startAll(settings);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** As {@link #start(ServeSettings, StartPhases)}, without keeping the phases. */
    public static GraphServer start(ServeSettings settings) {
        return start(settings, new StartPhases());
    }

    private void startAll(ServeSettings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        this.settings = settings;
        createFolder(dataDir);
        lock = DataFolderLock.acquire(dataDir); // before anything opens the folder; released last
        Path kb = settings.docs().map(Path::toAbsolutePath)
                .orElseGet(() -> ExampleKnowledgeBase.copyTo(dataDir.resolve("example-kb")));
        docs = CorpusFiles.root(kb);
        // the API serves this dataset from the start; the stores take it over once they open
        tdb = phases.time("tdb2", () -> TdbGraphStore.open(dataDir));
        boolean graphKept = Txn.calculateRead(tdb.dataset(), () -> tdb.dataset().listGraphNodes().hasNext());

        // the API is told the Bolt address before Neo4j is up, so a free port is picked here
        StoreSettings storeSettings = settings.stores().neo4jServer().isPresent() || settings.stores().boltPort() != 0
                ? settings.stores()
                : settings.stores().withBoltPort(LocalPorts.free(loopback()));
        if (storeSettings.neo4jServer().isEmpty()) {
            EmbeddedNeo4j.checkPortFree(EmbeddedNeo4jOptions.LOOPBACK, storeSettings.boltPort()); // before the first extraction
        }
        boltUri = storeSettings.neo4jServer().map(Neo4jConnectionSettings::uri)
                .orElseGet(() -> URI.create("bolt://" + EmbeddedNeo4jOptions.LOOPBACK + ":" + storeSettings.boltPort()));
        // the embedded Neo4j's login, made here before the stores start it, so that the API can be told it
        boltLogin = storeSettings.neo4jServer().isPresent() ? Optional.empty() : Optional.of(BoltCredentials.loadOrCreate(dataDir));
        tdbHandedOver = true; // the stores close it from here, also when opening them fails
        stores = KnowledgeBaseStores.openWithNeo4jLater(dataDir, storeSettings, tdb);
        stores.neo4jInStep().whenComplete((caughtUp, e) -> {
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                failed(cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause));
            } else {
                phases.took("neo4j", caughtUp.start());
                phases.took("neo4j catch-up", caughtUp.write());
            }
        });
        // a history (kg serve --repo) is served as kg history wrote it: a build of its pages would remove it
        boolean builds = !settings.servesHistory();
        build = new KnowledgeBaseBuild(kb, dataDir, new ExtractionOptions(settings.threads(), ExtractionOptions.DEFAULT_MAX_FILE_BYTES),
                stores, phases, builds);
        CompletableFuture<ConfigurableApplicationContext> app = inBackground("kg-api", () -> phases.time("spring",
                () -> GraphApiApplication.run(DatasetFactory.wrap(tdb.dataset()), docs, build, phases, apiSettings(settings, dataDir))));
        if (builds && !graphKept) {
            // nothing to serve before the first build: it runs beside the API's start
            startBuild();
        }
        api = join(app);
        if (builds && graphKept) {
            // the kept graph is served now; the rebuild would only slow the API's start on two cores
            startBuild();
        }
        GraphSnapshots snapshots = api.getBean(GraphSnapshots.class);
        ServedGraph servedGraph = api.getBean(ServedGraph.class);
        build.whenWritten(() -> {
            snapshots.refresh();
            servedIf(servedGraph);
        });
        if (build.last().isPresent()) {
            snapshots.refresh(); // written before the API was up
        }
        servedIf(servedGraph);
        join(served);
        stores.startNeo4j(); // now that the graph is served: it would only slow the first answer on two cores
        if (settings.watch()) {
            watcher = DocsWatcher.start(docs, WATCH_QUIET_PERIOD, build::rebuild);
        }
    }

    /** Runs the first build in the background: it writes TDB2 at once, and Neo4j once that is up. */
    private void startBuild() {
        thread("kg-build", () -> {
            try {
                phases.time("build", build::rebuild);
                ConfigurableApplicationContext context = api;
                if (context != null && !closing) {
                    servedIf(context.getBean(ServedGraph.class));
                }
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    private void servedIf(ServedGraph servedGraph) {
        if (servedGraph.serving()) {
            served.complete(null);
        }
    }

    /** The first build or the stores failed: a start under way gives up; a server already serving stops. */
    private void failed(RuntimeException e) {
        if (closing) {
            return; // cut short by the stop
        }
        if (!served.completeExceptionally(e)) {
            LOG.error("kg serve stops: {}", e.toString());
            failure = e;
            new Thread(this::close, "kg-serve-stop").start();
        }
    }

    /**
     * The API's settings, handed over as a property source rather than as command-line arguments, which
     * end up where logs and diagnostics show them: the admin token and the Neo4j password are among them.
     */
    private Map<String, Object> apiSettings(ServeSettings settings, Path dataDir) {
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("server.address", settings.host());
        api.put("server.port", settings.port());
        api.put("kg.data-dir", dataDir.toString());
        api.put("kg.neo4j.uri", boltUri.toString());
        api.put("kg.sparql-timeout", settings.queryTimeout());
        api.put("kg.neo4j.query-timeout", settings.queryTimeout());
        // kg serve stops the application itself, in order, on Ctrl-C
        api.put("spring.main.register-shutdown-hook", false);
        // rebuilds (--watch, /api/admin) say what they found on stderr
        api.put("logging.level.org.genaikg.api.serve", "INFO");
        Optional<Neo4jConnectionSettings> login = settings.stores().neo4jServer()
                .or(() -> boltLogin.map(b -> new Neo4jConnectionSettings(boltUri, b.user(), b.password())));
        login.ifPresent(server -> {
            api.put("kg.neo4j.user", server.user());
            api.put("kg.neo4j.password", server.password());
        });
        settings.adminToken().filter(t -> !t.isBlank()).ifPresent(t -> api.put("kg.admin-token", t));
        return api;
    }

    /** The address to open: {@code http://localhost:PORT/}, or {@code http://HOST:PORT/} when it listens on one address that is not loopback. */
    public URI url() {
        String port = api.getEnvironment().getProperty("local.server.port");
        InetAddress address = settings.hostAddress();
        boolean local = address.isLoopbackAddress() || address.isAnyLocalAddress();
        String host = address instanceof Inet6Address ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + (local ? "localhost" : host) + ":" + port + "/");
    }

    /** How long each part of the start took so far: {@code jvm 0.6 s, tdb2 0.1 s, spring 2.9 s, ...}. */
    public String startTimes() {
        return phases.summary();
    }

    /** The Neo4j server's Bolt address. */
    public URI boltUri() {
        return boltUri;
    }

    /**
     * Waits until Neo4j holds the graph the API serves (it starts after the first answer, then catches up), for
     * callers that go to Bolt or Cypher at once; fails with Neo4j's own failure or after {@code timeout}.
     */
    public void awaitNeo4jInStep(Duration timeout) {
        try {
            stores.neo4jInStep().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Neo4j", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Neo4j did not hold the graph within " + timeout, e);
        }
    }

    /** The embedded Neo4j's Bolt login and the file that keeps it; empty with an external Neo4j. */
    public Optional<BoltCredentials> boltLogin() {
        return boltLogin;
    }

    /** The folder the pages are read from. */
    public Path docs() {
        return docs;
    }

    /** Blocks until {@link #close()} (from another thread, or the shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** What stopped a server that was serving, if something went wrong behind it (its stores, its first build). */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops the watcher, the API, then the stores (the driver, the embedded Neo4j and TDB2), in that order. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        closing = true;
        closeQuietly(watcher);
        closeQuietly(api);
        if (!tdbHandedOver) {
            closeQuietly(tdb);
        } else if (stores != null) {
            // waits for a Neo4j start under way; a build or catch-up still writing fails, and the journal repairs it at the next start
            closeQuietly(stores);
        }
        closeQuietly(lock);
        stopped.countDown();
    }

    private static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread(name, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", resource.getClass().getSimpleName(), e.toString());
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName(EmbeddedNeo4jOptions.LOOPBACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
