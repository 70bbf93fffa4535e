package org.genaikg.api.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * How long each part of the server's start took, and when it ended (seconds since the JVM started), in
 * the order they first ended: what {@code kg serve}'s ready line and {@code /actuator/info} report, and
 * what {@code kg bench-start} shows beside its own timings. Parts that run side by side overlap. A
 * part done again later (the snapshot after a rebuild) keeps its place with its latest time.
 */
public final class StartPhases {
    /**
     * One part of the start.
     *
     * @param seconds how long it took
     * @param endedAt when it ended, in seconds since the JVM started
     */
    public record Phase(double seconds, double endedAt) {}

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final Map<String, Phase> phases = new LinkedHashMap<>();

    /** Records the JVM's own start: from its launch to now (call it first thing in {@code main}). */
    public StartPhases jvmStarted() {
        double now = sinceJvmStart();
        record("jvm", now, now);
        return this;
    }

    /** Runs {@code part} and records how long it took under {@code name}. */
    public <T> T time(String name, Supplier<T> part) {
        long start = System.nanoTime();
        T result = part.get();
        record(name, (System.nanoTime() - start) / 1e9, sinceJvmStart());
        return result;
    }

    /** Records a part timed elsewhere, ended now. */
    public void ended(String name, long startNanos) {
        record(name, (System.nanoTime() - startNanos) / 1e9, sinceJvmStart());
    }

    /** Records a part that took {@code duration} and ended now. */
    public void took(String name, Duration duration) {
        record(name, duration.toNanos() / 1e9, sinceJvmStart());
    }

    /** Each part, in the order they ended. */
    public synchronized Map<String, Phase> phases() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }

    /** {@code jvm 0.6 s, spring 2.9 s, tdb2 0.1 s, ...}. */
    public synchronized String summary() {
        StringJoiner line = new StringJoiner(", ");
        phases.forEach((name, phase) -> line.add(String.format(Locale.ROOT, "%s %.1f s", name, phase.seconds())));
        return line.toString();
    }

    private synchronized void record(String name, double seconds, double endedAt) {
        phases.put(name, new Phase(Math.round(seconds * 1000) / 1000.0, Math.round(endedAt * 1000) / 1000.0));
    }

    private double sinceJvmStart() {
        return (System.currentTimeMillis() - jvmStartMillis) / 1000.0;
    }
}
