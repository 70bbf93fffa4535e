package org.genaikg.extractor;

import java.nio.file.Path;
import org.genaikg.extractor.model.KnowledgeGraph;

/** Turns a folder of Markdown pages into one knowledge graph. */
public final class Extractor {
    private final ExtractionOptions options;

    public Extractor(ExtractionOptions options) {
        this.options = options;
    }

    /**
     * Extracts every {@code .md} file below {@code folder} (or below its {@code docs/} folder when
     * it holds an {@code mkdocs.yml}). Paths in the graph are relative to that root. A file that
     * cannot be read is reported in {@link KnowledgeGraph#problems()} and skipped.
     *
     * @throws java.io.UncheckedIOException when the folder itself cannot be listed
     */
    public KnowledgeGraph extract(Path folder, ProgressListener progress) {
        throw new UnsupportedOperationException("not yet: " + options + folder + progress);
    }
}
