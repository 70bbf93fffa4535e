package org.genaikg.api.cli;

import java.net.URI;
import java.nio.file.Path;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.sync.SparqlEndpoints;
import org.genaikg.stores.sync.StoreSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where the stores are: the data folder, and the external Neo4j or SPARQL store that replaces an embedded one. */
final class StoreOptions {

    /** The Bolt port of the commands that need Bolt only for themselves (build, export, verify): any free one. */
    static final int ANY_FREE_PORT = 0;

    @Option(names = "--bolt-port", paramLabel = "N",
            description = "Bolt port of the embedded Neo4j, on 127.0.0.1; 0 picks a free one (default: "
                    + EmbeddedNeo4jOptions.DEFAULT_BOLT_PORT + " for serve; a free one for build, export and verify, "
                    + "which need Bolt only for themselves).")
    Integer boltPort;

    @Option(names = "--neo4j-uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "An existing Neo4j to use instead of the embedded one: bolt://host:7687 or neo4j://host:7687 (env NEO4J_URI).")
    String neo4jUri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER}",
            description = "User for --neo4j-uri (env NEO4J_USER; none: no auth).")
    String neo4jUser;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --neo4j-uri (env NEO4J_PASSWORD).")
    String neo4jPassword;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "An existing SPARQL 1.1 store to use instead of TDB2: its query URL (a Fuseki dataset URL serves all three).")
    String sparqlEndpoint;

    @Option(names = "--sparql-update", paramLabel = "URL", description = "Its update URL (default: --sparql-endpoint).")
    String sparqlUpdate;

    @Option(names = "--sparql-gsp", paramLabel = "URL", description = "Its graph store protocol URL (default: --sparql-endpoint).")
    String sparqlGsp;

    /** The stores to use; the embedded Neo4j's Bolt port is {@code defaultBoltPort} unless {@code --bolt-port} gives one. */
    StoreSettings settings(int defaultBoltPort) {
        StoreSettings settings = StoreSettings.defaults().withBoltPort(boltPort == null ? defaultBoltPort : boltPort);
        if (neo4jUri != null && !neo4jUri.isBlank()) {
            try {
                String user = neo4jUser == null ? "" : neo4jUser;
                String password = neo4jPassword == null ? "" : neo4jPassword;
                settings = settings.withNeo4jServer(new Neo4jConnectionSettings(URI.create(neo4jUri.strip()), user, password));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("--neo4j-uri: " + e.getMessage());
            }
        }
        if (sparqlEndpoint != null && !sparqlEndpoint.isBlank()) {
            settings = settings.withSparql(new SparqlEndpoints(sparqlEndpoint,
                    sparqlUpdate == null ? sparqlEndpoint : sparqlUpdate, sparqlGsp == null ? sparqlEndpoint : sparqlGsp));
        }
        return settings;
    }

    static Path dataOrDefault(Path data) {
        return data == null ? Path.of("kg-data") : data;
    }
}
