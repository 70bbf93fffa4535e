package org.genaikg.api.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genaikg.api.web.SourceNotFound;
import org.genaikg.api.web.SourceRejected;
import org.genaikg.extractor.source.PageFiles;

/**
 * Reads lines of the knowledge base's files, and nothing outside it: relative paths only, no
 * {@code ..}, the real path (symbolic links resolved) inside the folder, a regular file.
 */
final class SourceFiles {
    static final int MAX_CONTEXT = 50;
    static final long MAX_FILE_BYTES = 16L << 20;

    /** Lines {@code from} to {@code to} (1-based, inclusive) of a file, around the requested line. */
    record Excerpt(String path, int line, int from, int to, List<Line> lines) {}

    record Line(int number, String text) {}

    private final Path root;

    SourceFiles(Path root) {
        this.root = root;
    }

    Excerpt excerpt(String path, int line, int context) {
        Path file = resolve(path);
        List<String> all = readLines(file, path);
        int wanted = Math.max(1, Math.min(line, all.size()));
        int around = Math.max(0, Math.min(context, MAX_CONTEXT));
        int from = Math.max(1, wanted - around);
        int to = Math.min(all.size(), wanted + around);
        List<Line> lines = new ArrayList<>();
        for (int number = from; number <= to; number++) {
            lines.add(new Line(number, all.get(number - 1)));
        }
        return new Excerpt(path, wanted, from, to, lines);
    }

    /**
     * The real path of a file inside the folder, or the reason it is refused: the extractor's rule
     * for which files of the pages folder are read ({@link PageFiles}), so the API serves nothing
     * the build would not read.
     */
    Path resolve(String path) {
        try {
            return PageFiles.resolve(root, path);
        } catch (PageFiles.Refused refused) {
            throw switch (refused.refusal()) {
                case OUTSIDE -> SourceRejected.outsideKnowledgeBase(path);
                case NOT_FOUND -> new SourceNotFound("No file " + path + " in the knowledge-base folder (" + refused.getMessage() + ").");
                case MALFORMED, NOT_A_FILE -> SourceRejected.malformed("The path " + path + " is refused: " + refused.getMessage() + ".");
            };
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> readLines(Path file, String path) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw SourceRejected.malformed("The file " + path + " is too large to show.");
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw SourceRejected.malformed("The file " + path + " cannot be read as UTF-8 text.");
        }
    }
}
