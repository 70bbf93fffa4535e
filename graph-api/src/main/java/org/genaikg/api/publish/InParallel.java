package org.genaikg.api.publish;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes one file per item, {@code threads} at a time; the first failure is thrown as it was. */
final class InParallel {
    /** What is done with one item; it may throw, as writing a file does. */
    interface Action<T> {
        void apply(T item) throws Exception;
    }

    private InParallel() {}

    static <T> void forEach(List<T> items, int threads, String what, Action<T> action) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = items.stream().map(item -> pool.submit((Callable<Void>) () -> {
                action.apply(item);
                return null;
            })).toList();
            for (Future<Void> one : done) {
                one.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
