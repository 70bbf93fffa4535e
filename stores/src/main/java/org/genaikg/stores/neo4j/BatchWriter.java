package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Runs {@code UNWIND $rows} statements in batches, one write transaction per batch, with a few
 * sessions working through one queue of batches. The driver retries a batch whose transaction
 * failed transiently (a deadlock between two relationship batches touching the same node).
 */
final class BatchWriter {

    /** One statement and the rows it unwinds. */
    record Batch(String statement, List<Map<String, Object>> rows) {}

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Neo4jStoreOptions options;

    BatchWriter(Driver driver, SessionConfig sessionConfig, Neo4jStoreOptions options) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.options = options;
    }

    /** Cuts each statement's rows into batches. */
    List<Batch> batches(Map<String, List<Map<String, Object>>> rowsByStatement) {
        List<Batch> batches = new ArrayList<>();
        rowsByStatement.forEach((statement, rows) -> {
            for (int from = 0; from < rows.size(); from += options.batchSize()) {
                batches.add(new Batch(statement, rows.subList(from, Math.min(rows.size(), from + options.batchSize()))));
            }
        });
        return batches;
    }

    /** Writes every batch and returns the sum of what the statements report as {@code written}. */
    long write(List<Batch> batches) {
        Queue<Batch> queue = new ConcurrentLinkedQueue<>(batches);
        int threads = Math.max(1, Math.min(options.writeThreads(), batches.size()));
        if (threads == 1) {
            return drain(queue);
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Long>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(() -> drain(queue));
            }
            long written = 0;
            for (Future<Long> result : executor.invokeAll(workers)) {
                written += result.get();
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to Neo4j", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private long drain(Queue<Batch> queue) {
        long written = 0;
        try (Session session = driver.session(sessionConfig)) {
            for (Batch batch = queue.poll(); batch != null; batch = queue.poll()) {
                Map<String, Object> parameters = Map.of("rows", batch.rows());
                String statement = batch.statement();
                written += session.executeWrite(tx -> tx.run(statement, parameters).single().get("written").asLong());
            }
        }
        return written;
    }
}
