package org.genaikg.api.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code kg serve} runs.
 *
 * @param docs the knowledge-base folder; empty for the bundled example, copied into {@code dataDir/example-kb}
 * @param dataDir where the stores keep their files ({@code tdb2/}, {@code neo4j/})
 * @param port the HTTP port (0: a free one)
 * @param boltPort the embedded Neo4j's Bolt port on 127.0.0.1 (0: a free one)
 * @param watch rebuild when pages change
 * @param adminToken turns the writing endpoints on
 * @param neo4jUri an external Neo4j server instead of the embedded one
 * @param neo4jUser the external server's user
 * @param neo4jPassword the external server's password
 * @param threads pages extracted in parallel
 * @param queryTimeout how long one SPARQL or Cypher query may run
 */
public record ServeSettings(
        Optional<Path> docs,
        Path dataDir,
        int port,
        int boltPort,
        boolean watch,
        Optional<String> adminToken,
        Optional<URI> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        int threads,
        Duration queryTimeout) {}
