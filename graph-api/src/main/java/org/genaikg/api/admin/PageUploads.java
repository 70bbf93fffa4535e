package org.genaikg.api.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.genaikg.extractor.ExtractionOptions;

/**
 * Where an uploaded page goes in the knowledge-base folder, and writing it there: a relative
 * {@code .md} path of plain segments (no {@code ..}, no absolute path, no drive letter), UTF-8
 * text no larger than the extractor reads, written through a temporary file so a reader never sees half a page.
 */
final class PageUploads {
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

    private PageUploads() {}

    /** The checked relative path, with {@code /} separators. */
    static String checkPath(String path) {
        if (path == null || path.isBlank()) {
            throw new PageRejected("The page needs a path, e.g. 'models/new-model.md' (or a file name on the upload).");
        }
        String relative = path.strip().replace('\\', '/');
        if (relative.startsWith("/") || relative.matches("^[a-zA-Z]:.*")) {
            throw new PageRejected("The path must be relative to the knowledge-base folder: " + path);
        }
        for (String segment : relative.split("/")) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new PageRejected("Each part of the path must be a plain name (letters, digits, ' ._-', no '..'): " + path);
            }
        }
        if (!relative.toLowerCase(Locale.ROOT).endsWith(".md")) {
            throw new PageRejected("Only Markdown pages (.md) are accepted: " + path);
        }
        return relative;
    }

    /** The checked page text. */
    static byte[] checkContent(byte[] content) {
        if (content.length == 0) {
            throw new PageRejected("The page is empty.");
        }
        if (content.length > ExtractionOptions.DEFAULT_MAX_FILE_BYTES) {
            throw new PageRejected("The page is larger than " + ExtractionOptions.DEFAULT_MAX_FILE_BYTES + " bytes.");
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new PageRejected("The page is not UTF-8 text.");
        }
        return content;
    }

    /** Writes the page under {@code root} (replacing one at the same path) and returns where it went. */
    static Path write(Path root, String relative, byte[] content) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root.normalize())) {
            throw new PageRejected("The path leaves the knowledge-base folder: " + relative);
        }
        try {
            Files.createDirectories(target.getParent());
            if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
                throw new PageRejected("The path leaves the knowledge-base folder: " + relative);
            }
            // created as any new file of the folder is (the process's umask), not owner-only as a temporary file would be
            Path temporary = target.resolveSibling(".upload-" + UUID.randomUUID() + ".tmp");
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page " + relative, e);
        }
    }
}
