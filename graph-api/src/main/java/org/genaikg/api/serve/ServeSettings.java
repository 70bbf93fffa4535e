package org.genaikg.api.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.genaikg.stores.sync.StoreSettings;

/**
 * How {@code kg serve} runs.
 *
 * @param docs the knowledge-base folder; empty for the bundled example, copied into {@code dataDir/example-kb}
 * @param dataDir where the stores keep their files ({@code tdb2/}, {@code neo4j/}, {@code cache/})
 * @param host the address the HTTP server listens on: {@link #LOOPBACK} unless opened on purpose
 * @param port the HTTP port (0: a free one)
 * @param stores the embedded Neo4j's Bolt port (0: a free one) or an external Neo4j; the RDF side is
 *     always the TDB2 store in {@code dataDir}, which the API serves
 * @param watch rebuild when pages change
 * @param adminToken turns the writing endpoints on
 * @param threads pages extracted in parallel
 * @param queryTimeout how long one SPARQL or Cypher query may run
 * @param servesHistory the data folder holds a history {@code kg history} wrote, and {@code docs} the last
 *     commit's pages: its graph is served as it is, never rebuilt from {@code docs} (a build of pages would
 *     remove the history) nor watched
 */
public record ServeSettings(
        Optional<Path> docs,
        Path dataDir,
        String host,
        int port,
        StoreSettings stores,
        boolean watch,
        Optional<String> adminToken,
        int threads,
        Duration queryTimeout,
        boolean servesHistory) {

    /** Where the HTTP server listens by default: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The address the HTTP server listens on, resolved. */
    public InetAddress hostAddress() {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address of this machine: " + host, e);
        }
    }

    /** Settings that build the graph from {@code docs}. */
    public ServeSettings(Optional<Path> docs, Path dataDir, String host, int port, StoreSettings stores, boolean watch,
            Optional<String> adminToken, int threads, Duration queryTimeout) {
        this(docs, dataDir, host, port, stores, watch, adminToken, threads, queryTimeout, false);
    }

    public ServeSettings {
        if (servesHistory && (docs.isEmpty() || watch)) {
            throw new IllegalArgumentException("a history is served from the last commit's pages, and not watched");
        }
        if (stores.sparql().isPresent()) {
            throw new IllegalArgumentException(
                    "kg serve answers SPARQL from its own TDB2 store; use a SPARQL store of yours with kg build, export and verify");
        }
    }
}
