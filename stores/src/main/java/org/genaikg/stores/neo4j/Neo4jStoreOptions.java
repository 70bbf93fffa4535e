package org.genaikg.stores.neo4j;

/**
 * How the graph is written: rows per {@code UNWIND} batch (one write transaction each), how many
 * batches are in flight at once (each on its own session), and the database ({@code ""} for the
 * server's default).
 */
public record Neo4jStoreOptions(int batchSize, int writeThreads, String database) {

    /** Batches of 1k beat 10k on two cores (see NEO4J-NOTES.md). */
    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** Two sessions keep the server busy while the driver encodes the next batch. */
    public static final int DEFAULT_WRITE_THREADS = 2;

    public Neo4jStoreOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        if (writeThreads < 1) {
            throw new IllegalArgumentException("write threads must be positive: " + writeThreads);
        }
        if (database == null) {
            database = "";
        }
    }

    public static Neo4jStoreOptions defaults() {
        return new Neo4jStoreOptions(DEFAULT_BATCH_SIZE, DEFAULT_WRITE_THREADS, "");
    }

    public Neo4jStoreOptions withBatchSize(int size) {
        return new Neo4jStoreOptions(size, writeThreads, database);
    }

    public Neo4jStoreOptions withWriteThreads(int threads) {
        return new Neo4jStoreOptions(batchSize, threads, database);
    }
}
