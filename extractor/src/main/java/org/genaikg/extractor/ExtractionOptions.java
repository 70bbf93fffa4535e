package org.genaikg.extractor;

import java.time.Duration;
import java.util.List;

/**
 * Settings of one extraction, read once.
 *
 * @param threads files extracted in parallel
 * @param maxFileBytes a larger file is reported and skipped
 * @param pageTimeLimit the CPU time one page may take to parse, and again to recognise: a page
 *     past it while parsing is skipped, while recognising is cut (what was found so far is kept),
 *     and either is reported with the line reached; zero for no limit
 * @param exclude patterns of files and folders of a pages folder to leave out, besides those of
 *     its {@code kg.yaml} ({@link org.genaikg.extractor.source.Exclusions})
 */
public record ExtractionOptions(int threads, long maxFileBytes, Duration pageTimeLimit, List<String> exclude) {
    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Ten times what the slowest 4 MiB page of any shape measured takes (about 3 s of CPU per phase). */
    public static final Duration DEFAULT_PAGE_TIME_LIMIT = Duration.ofSeconds(30);

    public ExtractionOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        if (pageTimeLimit.isNegative()) throw new IllegalArgumentException("pageTimeLimit must not be negative, was " + pageTimeLimit);
        exclude = List.copyOf(exclude);
    }

    public ExtractionOptions(int threads, long maxFileBytes) {
        this(threads, maxFileBytes, DEFAULT_PAGE_TIME_LIMIT, List.of());
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }

    public ExtractionOptions withPageTimeLimit(Duration limit) {
        return new ExtractionOptions(threads, maxFileBytes, limit, exclude);
    }

    public ExtractionOptions withExclude(List<String> patterns) {
        return new ExtractionOptions(threads, maxFileBytes, pageTimeLimit, patterns);
    }
}
