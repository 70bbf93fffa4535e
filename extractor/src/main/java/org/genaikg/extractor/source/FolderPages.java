package org.genaikg.extractor.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The pages of a knowledge-base folder as it is on disk: every {@code .md} file below its root
 * ({@link CorpusFiles#root}), listed once when this is made.
 */
public final class FolderPages implements PageSource {

    private final Path root;
    private final List<String> paths;

    private FolderPages(Path root, List<String> paths) {
        this.root = root;
        this.paths = paths;
    }

    /**
     * Lists the pages of {@code folder} now (below {@code folder/docs} when it holds an {@code mkdocs.yml}).
     *
     * @throws java.io.UncheckedIOException when the folder itself cannot be listed
     */
    public static FolderPages of(Path folder) {
        Path root = CorpusFiles.root(folder);
        return new FolderPages(root, CorpusFiles.list(root).stream().map(p -> p.toString().replace('\\', '/')).toList());
    }

    /** The folder the paths are relative to. */
    public Path root() {
        return root;
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public SourceFile read(String path, long maxBytes) throws IOException {
        return CorpusFiles.read(root, Path.of(path), maxBytes);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
