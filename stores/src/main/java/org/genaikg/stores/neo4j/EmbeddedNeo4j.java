package org.genaikg.stores.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A Neo4j Community server in this JVM with its Bolt connector on, so that the application, and
 * any Bolt client beside it, reaches the database through the driver exactly as it would a remote
 * server. Nothing here reads or writes the graph: that is {@link Neo4jGraphStore}'s job.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** Netty waits this long for more work before its event loops stop (its default, 5 s, doubles the stop time). */
    private static final int NETTY_QUIET_PERIOD_SECONDS = 0;
    private static final Duration NETTY_SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    /** Run on the system database at start when auth is on; Community has no other user to manage. */
    private static final String SET_INITIAL_PASSWORD = """
            ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
            """;

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
                .build();
        try {
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            options.password().ifPresent(password -> system.executeTransactionally(
                    SET_INITIAL_PASSWORD,
                    Map.of("password", password)));
            return new EmbeddedNeo4j(options, service, port);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
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
