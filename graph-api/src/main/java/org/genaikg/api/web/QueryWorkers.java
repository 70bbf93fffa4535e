package org.genaikg.api.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.genaikg.api.KgProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that run the callers' queries, SPARQL and Cypher, from parsing to the written answer:
 * a fixed number of them ({@code kg.limits.query-workers}) and a short queue
 * ({@code kg.limits.query-queue}). A query that finds both full is refused at once
 * ({@link TooManyQueries}, 503 with {@code Retry-After}), so a burst of slow queries uses at most
 * that many threads and leaves the rest of the API (stats, search, the explorer) its share of the
 * machine. The caller waits at most the query's timeout, counted from when it was handed over, so
 * parsing and planning, which the engines' own timeouts do not cover, are inside it too.
 */
@Component
public class QueryWorkers implements DisposableBean {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ThreadPoolExecutor pool;

    public QueryWorkers(KgProperties properties) {
        int workers = properties.limits().workers();
        int queue = properties.limits().queryQueue();
        BlockingQueue<Runnable> waiting = queue > 0 ? new ArrayBlockingQueue<>(queue) : new SynchronousQueue<>();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting, namedThreads(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code query} on a worker and returns its answer, or throws what it threw. Past
     * {@code timeout} the caller gets {@code timedOut}; the worker is not interrupted (TDB2 must not
     * be: an interrupt closes its file channels) and stops when the engine's own timeout stops the query.
     */
    public <T> T run(Callable<T> query, Duration timeout, Supplier<? extends RuntimeException> timedOut) {
        return await(submit(query), timeout, timedOut, false);
    }

    /**
     * As {@link #run}, and past the timeout the worker is interrupted: for work that stops cleanly on
     * an interrupt (the Neo4j driver then closes the connection, which ends the server's transaction).
     */
    public <T> T runInterruptibly(Callable<T> query, Duration timeout, Supplier<? extends RuntimeException> timedOut) {
        return await(submit(query), timeout, timedOut, true);
    }

    private <T> Future<T> submit(Callable<T> query) {
        try {
            return pool.submit(query);
        } catch (RejectedExecutionException full) {
            throw new TooManyQueries(pool.getMaximumPoolSize(), RETRY_AFTER);
        }
    }

    private static <T> T await(Future<T> answer, Duration timeout, Supplier<? extends RuntimeException> timedOut,
                               boolean interrupt) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            answer.cancel(interrupt);
            throw timedOut.get();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the query failed", cause);
        } catch (InterruptedException stopping) {
            answer.cancel(interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a query", stopping);
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "kg-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        // no interrupt: TDB2 must not be interrupted; running queries end within their timeouts
        pool.shutdown();
    }
}
