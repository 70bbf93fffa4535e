package org.genaikg.stores.neo4j;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.genaikg.stores.files.StoreFolder;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j Community server in this JVM with its Bolt connector on, so that the application, and
 * any Bolt client beside it, reaches the database through the driver exactly as it would a remote
 * server. Nothing here reads or writes the graph: that is {@link Neo4jGraphStore}'s job.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** Netty waits this long for more work before its event loops stop (its default, 5 s, doubles the stop time). */
    private static final int NETTY_QUIET_PERIOD_SECONDS = 0;
    private static final Duration NETTY_SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    /**
     * Nothing a query runs may read outside the graph, whoever sends it over Bolt: no {@code LOAD CSV}
     * from {@code file:} URLs, and every address (all of IPv4 and IPv6) blocked for {@code http},
     * {@code https} and {@code ftp} loads, redirects included; Neo4j accepts no other scheme.
     */
    private static final Map<Setting<?>, Object> NO_FILE_OR_URL_LOADS = Map.of(
            GraphDatabaseSettings.allow_file_urls, false,
            GraphDatabaseInternalSettings.cypher_ip_blocklist,
            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));

    /** Run on the system database at start when auth is on; Community has no other user to manage. */
    private static final String SET_INITIAL_PASSWORD = """
            ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
            """;

    private static final String PASSWORD_UNCHANGED = "Old password and new password cannot be the same";

    private final EmbeddedNeo4jOptions options;
    private final DatabaseManagementService service;
    private final int boltPort;

    private EmbeddedNeo4j(EmbeddedNeo4jOptions options, DatabaseManagementService service, int boltPort) {
        this.options = options;
        this.service = service;
        this.boltPort = boltPort;
    }

    /**
     * Starts the server and returns once Bolt accepts connections.
     *
     * @throws BoltPortInUse when the Bolt port asked for is taken
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jOptions options) {
        boolean auth = options.password().isPresent();
        if (options.boltPort() != 0) {
            checkPortFree(options.host(), options.boltPort());
        }
        // port 0: the system picks a free port as Bolt binds, so no other process can take it first
        SocketAddress bolt = new SocketAddress(options.host(), options.boltPort());
        Map<Setting<?>, Object> settings = Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, bolt,
                // what a neo4j:// (routing) client is told to connect to
                BoltConnector.advertised_address, bolt,
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                GraphDatabaseSettings.auth_enabled, auth,
                GraphDatabaseSettings.udc_enabled, false,
                GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes(),
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, NETTY_QUIET_PERIOD_SECONDS,
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, NETTY_SHUTDOWN_TIMEOUT);
        return new StoreFolder(options.homeDir(), "Neo4j").open(() -> startIn(options, settings));
    }

    private static EmbeddedNeo4j startIn(EmbeddedNeo4jOptions options, Map<Setting<?>, Object> settings) {
        Path log = options.homeDir().resolve("logs").resolve("debug.log");
        long logBefore = sizeOf(log);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(options.homeDir())
                    .setConfig(settings)
                    .setConfig(NO_FILE_OR_URL_LOADS)
                    .build();
        } catch (RuntimeException e) {
            throw startFailure(options, e, log, logBefore);
        }
        try {
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            options.password().ifPresent(password -> setPassword(system, password));
            HostnamePort bound = ((GraphDatabaseAPI) system).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
            return new EmbeddedNeo4j(options, service, bound.getPort());
        } catch (RuntimeException e) {
            service.shutdown();
            throw startFailure(options, e, log, logBefore);
        }
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(SET_INITIAL_PASSWORD, Map.of("password", password));
        } catch (QueryExecutionException e) {
            // the password of an earlier start: Neo4j refuses to "change" it to itself, and it is right already
            if (e.getMessage() == null || !e.getMessage().contains(PASSWORD_UNCHANGED)) {
                throw e;
            }
        }
    }

    /**
     * Refuses a taken port up front: Neo4j itself would say only "Error starting Neo4j database
     * server", and a caller may want to know before it starts other work.
     *
     * @throws BoltPortInUse when the port cannot be bound
     */
    public static void checkPortFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Netty binds: a port in TIME_WAIT is free
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
        } catch (IOException e) {
            throw new BoltPortInUse(host, port);
        }
    }

    /** A taken port as such; anything else with the reason Neo4j's log gives, which its exception often lacks. */
    private static RuntimeException startFailure(EmbeddedNeo4jOptions options, RuntimeException e, Path log, long logBefore) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return new BoltPortInUse(options.host(), options.boltPort());
            }
        }
        String reason = Neo4jLogReasons.lastError(log, logBefore).orElseGet(() -> StoreFolder.oneLine(e));
        if (reason.contains("Address already in use")) {
            return new BoltPortInUse(options.host(), options.boltPort());
        }
        return new Neo4jStartFailure(options.homeDir(), reason, log, e);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The port Bolt listens on (the chosen one when the options asked for port 0). */
    public int boltPort() {
        return boltPort;
    }

    /** {@code bolt://host:port}. */
    public URI boltUri() {
        return URI.create("bolt://" + options.host() + ":" + boltPort);
    }

    /** How a driver reaches this server: no credentials when auth is off. */
    public Neo4jConnectionSettings connectionSettings() {
        return options.password()
                .map(p -> new Neo4jConnectionSettings(boltUri(), EmbeddedNeo4jOptions.DEFAULT_USER, p))
                .orElseGet(() -> Neo4jConnectionSettings.withoutAuth(boltUri()));
    }

    public EmbeddedNeo4jOptions options() {
        return options;
    }

    /** Stops Bolt and the databases; the files stay. */
    @Override
    public void close() {
        service.shutdown();
    }
}
