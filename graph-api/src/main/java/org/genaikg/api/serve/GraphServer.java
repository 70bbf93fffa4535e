package org.genaikg.api.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.DatasetFactory;
import org.genaikg.api.GraphApiApplication;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.source.CorpusFiles;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything {@code kg serve} runs, started together and stopped in reverse: the two stores kept
 * in step ({@link KnowledgeBaseStores}: TDB2, and the embedded Neo4j or an external one), the
 * incremental build that fills them, the graph API on the same TDB2 dataset, and the watcher.
 * Neo4j and the API start side by side.
 */
public final class GraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphServer.class);
    private static final Duration WATCH_QUIET_PERIOD = Duration.ofMillis(500);

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Path docs;
    private ServeSettings settings;
    private URI boltUri;
    private Optional<BoltCredentials> boltLogin = Optional.empty();
    private ConfigurableApplicationContext api;
    private KnowledgeBaseBuild build;
    private volatile double neo4jSeconds;
    private volatile double apiSeconds;

    private GraphServer() {}

    /** Starts everything and returns once the graph is built and the API answers. */
    public static GraphServer start(ServeSettings settings) {
        GraphServer server = new GraphServer();
        try {
            server.startAll(settings);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void startAll(ServeSettings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        this.settings = settings;
        createFolder(dataDir);
        Path kb = settings.docs().map(Path::toAbsolutePath)
                .orElseGet(() -> ExampleKnowledgeBase.copyTo(dataDir.resolve("example-kb")));
        docs = CorpusFiles.root(kb);
        // the API serves this dataset from the start; the stores take it over once Neo4j is up
        TdbGraphStore tdb = TdbGraphStore.open(dataDir);

        // the API is told the Bolt address before Neo4j is up, so a free port is picked here
        StoreSettings storeSettings = settings.stores().neo4jServer().isPresent() || settings.stores().boltPort() != 0
                ? settings.stores()
                : settings.stores().withBoltPort(freePort());
        boltUri = storeSettings.neo4jServer().map(Neo4jConnectionSettings::uri)
                .orElseGet(() -> URI.create("bolt://" + EmbeddedNeo4jOptions.LOOPBACK + ":" + storeSettings.boltPort()));
        // the embedded Neo4j's login, made here before the stores start it, so that the API can be told it
        boltLogin = storeSettings.neo4jServer().isPresent() ? Optional.empty() : Optional.of(BoltCredentials.loadOrCreate(dataDir));
        CompletableFuture<KnowledgeBaseStores> stores = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            KnowledgeBaseStores opened = KnowledgeBaseStores.open(dataDir, storeSettings, tdb);
            neo4jSeconds = (System.nanoTime() - start) / 1e9;
            return opened;
        });
        build = new KnowledgeBaseBuild(kb, new ExtractionOptions(settings.threads(), ExtractionOptions.DEFAULT_MAX_FILE_BYTES),
                () -> join(stores));
        CompletableFuture<ConfigurableApplicationContext> app = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            ConfigurableApplicationContext context = GraphApiApplication.run(DatasetFactory.wrap(tdb.dataset()), docs, build,
                    apiSettings(settings, dataDir));
            apiSeconds = (System.nanoTime() - start) / 1e9;
            return context;
        });
        try {
            build.rebuild();
        } finally {
            // whatever happened, hold on to what started so that close() stops it: the API before the stores it reads
            remember(joinQuietly(stores));
            api = remember(joinQuietly(app));
        }
        join(app);
        GraphSnapshots snapshots = api.getBean(GraphSnapshots.class);
        snapshots.refresh();
        if (settings.watch()) {
            remember(DocsWatcher.start(docs, WATCH_QUIET_PERIOD, () -> {
                build.rebuild();
                snapshots.refresh();
            }));
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

    /** How long the parts took, the first two side by side: {@code stores 12.0 s, API 9.1 s, build 3.2 s}. */
    public String startTimes() {
        return String.format(Locale.ROOT, "stores (TDB2, Neo4j) %.1f s, API %.1f s, build (extract and write) %.1f s", neo4jSeconds, apiSeconds,
                build.last().map(BuildReport::seconds).orElse(0.0));
    }

    /** The Neo4j server's Bolt address. */
    public URI boltUri() {
        return boltUri;
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

    /** Stops the watcher, the API, then the stores (the driver, the embedded Neo4j and TDB2), in that order. */
    @Override
    public synchronized void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", opened.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        opened.clear();
        stopped.countDown();
    }

    private synchronized <T extends AutoCloseable> T remember(T resource) {
        if (resource != null) {
            opened.add(resource);
        }
        return resource;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> T joinQuietly(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            return null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedNeo4jOptions.LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + EmbeddedNeo4jOptions.LOOPBACK, e);
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
