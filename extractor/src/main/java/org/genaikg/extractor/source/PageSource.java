package org.genaikg.extractor.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.genaikg.extractor.model.Problem;

/**
 * Where a build's pages come from: a set of Markdown files, each a path relative to the knowledge
 * base's pages folder (with {@code /}) and its text. A folder on disk is one ({@link FolderPages});
 * a git commit's tree or a published site are others. The extractor reads only through this.
 */
public interface PageSource {

    /** The paths of the pages, relative to the pages folder, with {@code /}, sorted. */
    List<String> paths();

    /**
     * The page at this path, decoded as {@linkplain SourceFile#decode strict UTF-8}.
     *
     * @param maxBytes a larger page is refused
     * @throws IOException with a message that says why the page was refused (too large, not UTF-8, unreadable...)
     */
    SourceFile read(String path, long maxBytes) throws IOException;

    /**
     * What was passed over while listing the pages, each naming the path and why (a folder that
     * cannot be read, a FIFO named {@code x.md}, a link leading outside), and settings files that
     * were ignored; the build reports them with its own problems.
     */
    default List<Problem> skipped() {
        return List.of();
    }

    /** The title the site's navigation gives the page, which wins over its own (as in MkDocs); empty when none. */
    default Optional<String> navigationTitle(String path) {
        return Optional.empty();
    }
}
