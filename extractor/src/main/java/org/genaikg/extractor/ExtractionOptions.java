package org.genaikg.extractor;

/**
 * Settings of one extraction, read once.
 *
 * @param threads files extracted in parallel
 * @param maxFileBytes a larger file is reported and skipped
 */
public record ExtractionOptions(int threads, long maxFileBytes) {
    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;

    public ExtractionOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }
}
