package org.genaikg.stores.sync;

import java.util.Objects;
import java.util.Optional;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.neo4j.Neo4jStoreOptions;

/**
 * Which stores {@link KnowledgeBaseStores} uses. By default both live in the data folder: TDB2
 * under {@code tdb2/} and an embedded Neo4j under {@code neo4j/}, its Bolt connector on
 * 127.0.0.1:{@code boltPort} with the data folder's generated login ({@link
 * org.genaikg.stores.neo4j.BoltCredentials}). Either can be replaced by a server the user runs.
 *
 * @param neo4jServer an existing Neo4j to write to instead of the embedded one
 * @param boltPort the embedded server's Bolt port, 0 for a free one (ignored with {@code neo4jServer})
 * @param sparql an existing SPARQL 1.1 store to use instead of TDB2
 * @param neo4jOptions batch size, write sessions and database
 */
public record StoreSettings(Optional<Neo4jConnectionSettings> neo4jServer, int boltPort, Optional<SparqlEndpoints> sparql,
                            Neo4jStoreOptions neo4jOptions) {

    public StoreSettings {
        Objects.requireNonNull(neo4jServer, "neo4jServer");
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(neo4jOptions, "neo4jOptions");
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("bolt port out of range: " + boltPort);
        }
    }

    /** TDB2 and an embedded Neo4j on 127.0.0.1:7687, both in the data folder. */
    public static StoreSettings defaults() {
        return new StoreSettings(Optional.empty(), EmbeddedNeo4jOptions.DEFAULT_BOLT_PORT, Optional.empty(), Neo4jStoreOptions.defaults());
    }

    public StoreSettings withBoltPort(int port) {
        return new StoreSettings(neo4jServer, port, sparql, neo4jOptions);
    }

    public StoreSettings withNeo4jServer(Neo4jConnectionSettings server) {
        return new StoreSettings(Optional.of(server), boltPort, sparql, neo4jOptions);
    }

    public StoreSettings withSparql(SparqlEndpoints endpoints) {
        return new StoreSettings(neo4jServer, boltPort, Optional.of(endpoints), neo4jOptions);
    }

    public StoreSettings withNeo4jOptions(Neo4jStoreOptions options) {
        return new StoreSettings(neo4jServer, boltPort, sparql, options);
    }
}
