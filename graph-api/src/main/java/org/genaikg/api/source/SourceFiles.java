package org.genaikg.api.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genaikg.api.web.SourceNotFound;
import org.genaikg.api.web.SourceRejected;

/**
 * Reads lines of the knowledge base's files, and nothing outside it: relative paths only, no
 * {@code ..}, and the real path (symbolic links resolved) must stay inside the folder.
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

    /** The real path of a file inside the folder, or the reason it is refused. */
    Path resolve(String path) {
        if (path == null || path.isBlank()) {
            throw SourceRejected.malformed("No path given.");
        }
        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || slashed.indexOf('\0') >= 0) {
            throw SourceRejected.malformed("The path " + path + " must be relative to the knowledge-base folder.");
        }
        for (String segment : slashed.split("/")) {
            if (segment.equals("..")) {
                throw SourceRejected.malformed("The path " + path + " must not contain '..'.");
            }
        }
        try {
            Path realRoot = root.toRealPath();
            Path candidate = realRoot.resolve(slashed).normalize();
            if (!candidate.startsWith(realRoot)) {
                throw SourceRejected.outsideKnowledgeBase(path);
            }
            if (!Files.exists(candidate)) {
                throw new SourceNotFound("No file " + path + " in the knowledge-base folder.");
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw SourceRejected.outsideKnowledgeBase(path);
            }
            if (!Files.isRegularFile(real)) {
                throw SourceRejected.malformed("The path " + path + " is not a file.");
            }
            return real;
        } catch (InvalidPathException invalid) {
            throw SourceRejected.malformed("The path " + path + " is not a valid path: " + invalid.getReason());
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
