package org.genaikg.stores.neo4j;

/**
 * How the graph is written: rows per {@code UNWIND} batch (one write transaction each), and the
 * database ({@code ""} for the server's default).
 */
public record Neo4jStoreOptions(int batchSize, String database) {

    /** Batches of 1k beat 10k on two cores (see NEO4J-NOTES.md). */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    public Neo4jStoreOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        if (database == null) {
            database = "";
        }
    }

    public static Neo4jStoreOptions defaults() {
        return new Neo4jStoreOptions(DEFAULT_BATCH_SIZE, "");
    }

    public Neo4jStoreOptions withBatchSize(int size) {
        return new Neo4jStoreOptions(size, database);
    }
}
