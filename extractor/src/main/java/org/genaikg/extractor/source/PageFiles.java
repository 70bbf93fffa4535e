package org.genaikg.extractor.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one rule for which files of a pages folder may be read, applied by the extractor to every
 * page and by the graph API to every source excerpt: a relative path to a {@code .md} file without
 * {@code ..}, whose real path (symbolic links followed) stays inside the folder's real path, naming
 * a regular file (not a FIFO, a device or a socket, which would block or never end).
 */
public final class PageFiles {
    private PageFiles() {}

    /** Why a path was refused. */
    public enum Refusal {
        /** Empty, absolute, with {@code ..}, or not a path at all. */
        MALFORMED,
        /** Leads outside the folder, through a symbolic link. */
        OUTSIDE,
        /** Nothing there (or a link to nothing). */
        NOT_FOUND,
        /** A folder, a FIFO, a device, a socket, or no {@code .md} page. */
        NOT_A_FILE
    }

    /** A path the rule refuses; the message says why in words a user can act on. */
    public static final class Refused extends IOException {
        private final Refusal refusal;

        Refused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * The real path of {@code relative} (with {@code /}) inside {@code root}, a regular file.
     *
     * @throws Refused when the rule refuses it
     * @throws IOException when the file system cannot answer (a folder on the way cannot be read)
     */
    public static Path resolve(Path root, String relative) throws IOException {
        if (relative == null || relative.isBlank()) {
            throw new Refused(Refusal.MALFORMED, "no path given");
        }
        String slashed = relative.replace('\\', '/');
        if (!slashed.toLowerCase(Locale.ROOT).endsWith(".md")) {
            throw new Refused(Refusal.NOT_A_FILE, "not a Markdown page (.md)");
        }
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || slashed.indexOf('\0') >= 0) {
            throw new Refused(Refusal.MALFORMED, "the path must be relative to the pages folder");
        }
        for (String segment : slashed.split("/")) {
            if (segment.equals("..")) {
                throw new Refused(Refusal.MALFORMED, "the path must not contain '..'");
            }
        }
        Path realRoot = root.toRealPath();
        Path candidate;
        try {
            candidate = realRoot.resolve(slashed).normalize();
        } catch (InvalidPathException e) {
            throw new Refused(Refusal.MALFORMED, "not a valid path: " + e.getReason());
        }
        if (!candidate.startsWith(realRoot)) {
            throw new Refused(Refusal.OUTSIDE, "the path leads outside the pages folder");
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(Refusal.NOT_FOUND, Files.isSymbolicLink(candidate) ? "a symbolic link to nothing" : "no such file");
        } catch (FileSystemLoopException e) {
            throw new Refused(Refusal.NOT_FOUND, "a loop of symbolic links");
        }
        if (!real.startsWith(realRoot)) {
            throw new Refused(Refusal.OUTSIDE, "a symbolic link to a file outside the pages folder");
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new Refused(Refusal.NOT_A_FILE, attributes.isDirectory() ? "a folder, not a file" : "not a regular file (" + kind(real) + ")");
        }
        return real;
    }

    /** "a FIFO", "a socket", "a device": what a file that is neither a regular file nor a folder is. */
    static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** Why reading or listing failed, in words: "permission denied", not a bare path. */
    public static String reason(IOException failure) {
        if (failure instanceof Refused) {
            return failure.getMessage();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file (removed while building?)";
        }
        if (failure instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        // other file-system errors keep the system's reason ("Is a directory", "Input/output error"), not the bare path
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
