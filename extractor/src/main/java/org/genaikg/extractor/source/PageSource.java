package org.genaikg.extractor.source;

import java.io.IOException;
import java.util.List;

/**
 * Where a build's pages come from: a set of Markdown files, each a path relative to the knowledge
 * base's root (with {@code /}) and its text. A folder is one ({@link FolderPages}); a git commit's
 * tree or a published site are others. The extractor reads only through this.
 */
public interface PageSource {

    /** The paths of the Markdown pages, relative to the root, with {@code /}, sorted. */
    List<String> paths();

    /**
     * The page at this path, decoded as {@link SourceFile#decode strict UTF-8}.
     *
     * @param maxBytes a larger page is refused
     * @throws IOException with a message that says why the page was refused (too large, not UTF-8, unreadable...)
     */
    SourceFile read(String path, long maxBytes) throws IOException;
}
