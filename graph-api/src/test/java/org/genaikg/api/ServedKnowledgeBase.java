package org.genaikg.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.genaikg.api.serve.GraphServer;
import org.genaikg.api.serve.ServeSettings;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.sync.StoreSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code kg serve} runs (extraction, TDB2, the embedded Neo4j, the API), started on free ports
 * over a knowledge base, for tests that call it over HTTP and Bolt.
 */
public final class ServedKnowledgeBase implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphServer server;
    private final ApiClient client;

    private ServedKnowledgeBase(GraphServer server) {
        this.server = server;
        this.client = new ApiClient(server.url().getPort());
    }

    /** {@code docs} empty: the bundled example knowledge base. Returns once Neo4j holds the graph too. */
    public static ServedKnowledgeBase start(Optional<Path> docs, Path dataDir, Duration queryTimeout, Optional<String> adminToken) {
        GraphServer server = GraphServer.start(new ServeSettings(docs, dataDir, ServeSettings.LOOPBACK, 0, StoreSettings.defaults().withBoltPort(0), false,
                adminToken, 2, queryTimeout));
        try {
            // the tests go to Cypher and Bolt at once; Neo4j starts after the first answer
            server.awaitNeo4jInStep(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new ServedKnowledgeBase(server);
    }

    public ApiClient client() {
        return client;
    }

    public URI boltUri() {
        return server.boltUri();
    }

    /** The embedded Neo4j's login, as kept in the data folder. */
    public AuthToken boltLogin() {
        BoltCredentials login = server.boltLogin().orElseThrow();
        return AuthTokens.basic(login.user(), login.password());
    }

    /** {@code POST /api/cypher} with this query and parameters. */
    public java.net.http.HttpResponse<String> cypher(String query, Map<String, Object> parameters) {
        String body = JSON.writeValueAsString(Map.of("query", query, "parameters", parameters));
        return client.post("/api/cypher", "application/json", body);
    }

    public static JsonNode json(java.net.http.HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    @Override
    public void close() {
        server.close();
    }
}
