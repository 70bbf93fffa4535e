package org.genaikg.stores.neo4j;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the embedded Neo4j server is started: its files under {@code dataDir/neo4j}, Bolt on
 * {@code host:boltPort} (port 0 picks a free one), and auth off unless a password is given for
 * the {@code neo4j} user.
 *
 * @param pageCacheBytes the page cache size; small by default, the graph is small
 */
public record EmbeddedNeo4jOptions(Path dataDir, String host, int boltPort, Optional<String> password, long pageCacheBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final long DEFAULT_PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    /** The user Neo4j creates at first start; with auth on, its password is set to {@link #password()}. */
    public static final String DEFAULT_USER = "neo4j";

    public EmbeddedNeo4jOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(password, "password");
        // Neo4j refuses a home such as /work/./kg-data/neo4j: "is not a normalized path"
        dataDir = dataDir.toAbsolutePath().normalize();
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("bolt port out of range: " + boltPort);
        }
        password.ifPresent(p -> {
            if (p.length() < 8) {
                throw new IllegalArgumentException("Neo4j requires a password of at least 8 characters");
            }
        });
    }

    /** Bolt on 127.0.0.1:7687, auth off, files under {@code dataDir/neo4j}. */
    public static EmbeddedNeo4jOptions defaults(Path dataDir) {
        return new EmbeddedNeo4jOptions(dataDir, LOOPBACK, DEFAULT_BOLT_PORT, Optional.empty(), DEFAULT_PAGE_CACHE_BYTES);
    }

    public EmbeddedNeo4jOptions withBoltPort(int port) {
        return new EmbeddedNeo4jOptions(dataDir, host, port, password, pageCacheBytes);
    }

    /** Auth on, with this password for the {@code neo4j} user. */
    public EmbeddedNeo4jOptions withPassword(String newPassword) {
        return new EmbeddedNeo4jOptions(dataDir, host, boltPort, Optional.of(newPassword), pageCacheBytes);
    }

    /** The Neo4j home folder: {@code dataDir/neo4j}. */
    public Path homeDir() {
        return dataDir.resolve("neo4j");
    }
}
