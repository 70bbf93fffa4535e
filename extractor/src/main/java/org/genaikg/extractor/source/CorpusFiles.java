package org.genaikg.extractor.source;

import java.nio.file.Path;
import java.util.List;

/** Where the pages of a knowledge-base folder are. */
public final class CorpusFiles {
    private CorpusFiles() {}

    /**
     * The pages folder of {@code folder} ({@link PagesLayout}): what paths in the graph are relative
     * to, and what the graph API serves sources from.
     */
    public static Path root(Path folder) {
        return PagesLayout.of(folder, List.of()).rootOf(folder);
    }
}
