package org.genaikg.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.genaikg.extractor.ProgressListener;

/**
 * Progress of a long build on a terminal: a line every two seconds, never for a run shorter than
 * that, nothing when stderr is not a terminal (so logs and tests stay clean). Called from the
 * extraction threads.
 */
final class ConsoleProgress implements ProgressListener {
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintWriter err;
    private final AtomicLong nextReport;

    private ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.nextReport = new AtomicLong(System.nanoTime() + INTERVAL_NANOS);
    }

    static ProgressListener onTerminal(PrintWriter err) {
        return System.console() == null ? ProgressListener.NONE : new ConsoleProgress(err);
    }

    @Override
    public void fileDone(String path, int done, int total) {
        long now = System.nanoTime();
        long due = nextReport.get();
        if (now >= due && done < total && nextReport.compareAndSet(due, now + INTERVAL_NANOS)) {
            synchronized (err) {
                err.printf("extracted %d of %d files (%d%%)%n", done, total, 100L * done / Math.max(total, 1));
                err.flush();
            }
        }
    }
}
