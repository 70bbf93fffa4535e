package org.genaikg.extractor.budget;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The time one page may take in one phase of its extraction (parsing, recognising). Code working
 * through a page calls {@link #check} between steps; past the limit, {@link Exceeded} says what was
 * being done and where, so one pathological page is named and stopped instead of holding the build.
 * Measured by default on the CPU time of the thread doing the work, so a loaded machine does not
 * stop pages a quiet one finishes.
 */
public final class PageTimeBudget {
    /** Never runs out. */
    public static final PageTimeBudget UNLIMITED = new PageTimeBudget(Duration.ZERO, () -> 0L);

    private final Duration limit;
    private final LongSupplier clock;
    private final long start;

    private PageTimeBudget(Duration limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A budget of {@code limit} from now, on {@code clock} (nanoseconds); a zero limit never runs out. */
    public static PageTimeBudget start(Duration limit, LongSupplier clock) {
        return limit.isZero() ? UNLIMITED : new PageTimeBudget(limit, clock);
    }

    /** The CPU time of the calling thread in nanoseconds, or the wall clock where the JVM cannot measure it. */
    public static LongSupplier threadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
            return threads::getCurrentThreadCpuTime;
        }
        return System::nanoTime;
    }

    /**
     * Stops the work with {@link Exceeded} once the budget is spent.
     *
     * @param doing what the work is, for the message: "recognising the entry"
     * @param line the 1-based line of the page being worked on, asked only when the budget is spent
     */
    public void check(String doing, IntSupplier line) {
        if (this != UNLIMITED && clock.getAsLong() - start > limit.toNanos()) {
            throw new Exceeded(doing, line.getAsInt(), limit);
        }
    }

    /** A page ran past its budget. */
    public static final class Exceeded extends RuntimeException {
        private final int line;

        Exceeded(String doing, int line, Duration limit) {
            super("over the page time budget of " + seconds(limit) + " while " + doing + " at line " + line, null, false, false);
            this.line = line;
        }

        /** The line of the page being worked on when the budget ran out. */
        public int line() {
            return line;
        }

        private static String seconds(Duration limit) {
            long millis = limit.toMillis();
            return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
        }
    }
}
