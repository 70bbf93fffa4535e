package org.genaikg.stores.neo4j;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

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

    /** Starts the server and returns once Bolt accepts connections. */
    public static EmbeddedNeo4j start(EmbeddedNeo4jOptions options) {
        boolean auth = options.password().isPresent();
        int port = options.boltPort() == 0 ? freePort(options.host()) : options.boltPort();
        SocketAddress bolt = new SocketAddress(options.host(), port);
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
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(options.homeDir())
                .setConfig(settings)
                .setConfig(NO_FILE_OR_URL_LOADS)
                .build();
        try {
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            options.password().ifPresent(password -> setPassword(system, password));
            return new EmbeddedNeo4j(options, service, port);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
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

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
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
