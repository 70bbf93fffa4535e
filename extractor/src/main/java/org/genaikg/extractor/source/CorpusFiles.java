package org.genaikg.extractor.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds and reads the Markdown files of a knowledge base. */
public final class CorpusFiles {
    private CorpusFiles() {}

    /**
     * The folder the pages live in: {@code DIR/docs} (or the {@code docs_dir} of {@code mkdocs.yml})
     * when {@code DIR} holds an MkDocs configuration, else {@code DIR} itself.
     */
    public static Path root(Path folder) {
        Path config = folder.resolve("mkdocs.yml");
        if (Files.isRegularFile(config)) {
            String docsDir = "docs";
            try {
                for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
                    if (line.startsWith("docs_dir:")) {
                        docsDir = line.substring("docs_dir:".length()).strip().replaceAll("^[\"']|[\"']$", "");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable mkdocs.yml leaves the default docs folder
            }
            Path docs = folder.resolve(docsDir);
            if (Files.isDirectory(docs)) {
                return docs;
            }
        }
        return folder;
    }

    /** The relative paths of every {@code .md} file below the root, sorted. */
    public static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !Files.isDirectory(p))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Reads one file as strict UTF-8; the exception message says why a file was refused. */
    public static SourceFile read(Path root, Path relative, long maxBytes) throws IOException {
        Path file = root.resolve(relative);
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException("file is " + size + " bytes, over the limit of " + maxBytes);
        }
        return SourceFile.decode(relative.toString().replace('\\', '/'), Files.readAllBytes(file));
    }
}
