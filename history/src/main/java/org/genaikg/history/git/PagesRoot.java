package org.genaikg.history.git;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where a commit's pages live, chosen as {@code kg build} chooses it for a checkout of that commit
 * ({@link org.genaikg.extractor.source.CorpusFiles#root}): the {@code docs_dir} of an
 * {@code mkdocs.yml} at the top (default {@code docs}) when that folder exists, else the top.
 */
final class PagesRoot {
    private PagesRoot() {}

    /**
     * The root as a path prefix: {@code ""} for the top, else a folder path without a trailing
     * slash.
     *
     * @param readTopFile the text of a file at the top of the tree, if there is one
     * @param isFolder whether a path is a folder of the tree
     */
    static String choose(Function<String, Optional<String>> readTopFile, Predicate<String> isFolder) {
        Optional<String> config = readTopFile.apply("mkdocs.yml");
        if (config.isEmpty()) {
            return "";
        }
        String docsDir = "docs";
        for (String line : config.get().split("\r?\n")) {
            if (line.startsWith("docs_dir:")) {
                docsDir = line.substring("docs_dir:".length()).strip().replaceAll("^[\"']|[\"']$", "");
            }
        }
        String folder = docsDir.replaceAll("^\\./", "").replaceAll("/+$", "");
        return !folder.isEmpty() && isFolder.test(folder) ? folder : "";
    }
}
