package org.genaikg.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.parse.MarkdownParsing;

/**
 * Times flexmark parse-only against the full extraction on the same files, with the same number
 * of threads: one warm-up round of each, then the measured rounds. Peak heap is read from the
 * heap memory pools, reset before each round.
 */
final class Benchmark {
    /** The mean seconds of the measured rounds of one phase, and the highest heap use seen in them. */
    record Phase(double seconds, long peakHeapBytes) {}

    record Result(int files, long bytes, int threads, int rounds, Phase parseOnly, Phase full) {
        double ratio() {
            return full.seconds / parseOnly.seconds;
        }
    }

    private final Path root;
    private final List<Path> files;
    private final int threads;

    Benchmark(Path root, List<Path> files, int threads) {
        this.root = root;
        this.files = files;
        this.threads = threads;
    }

    Result run(int rounds) {
        long bytes = files.stream().mapToLong(Benchmark::size).sum();
        measure(this::parseOnly, 1);
        Phase parse = measure(this::parseOnly, rounds);
        measure(this::extract, 1);
        Phase full = measure(this::extract, rounds);
        return new Result(files.size(), bytes, threads, rounds, parse, full);
    }

    private void parseOnly() {
        LongAdder chars = new LongAdder();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(file ->
                    chars.add(MarkdownParsing.parse(read(file)).getChars().length()))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parse failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        if (chars.sum() < 0) {
            throw new AssertionError("unreachable: keeps the parse results alive");
        }
    }

    private void extract() {
        new Extractor(new ExtractionOptions(threads, ExtractionOptions.DEFAULT_MAX_FILE_BYTES)).extract(root, ProgressListener.NONE);
    }

    private static Phase measure(Runnable phase, int rounds) {
        double total = 0;
        long peak = 0;
        for (int i = 0; i < rounds; i++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            phase.run();
            total += (System.nanoTime() - start) / 1e9;
            peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
        }
        return new Phase(total / rounds, peak);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
