package org.genaikg.api.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example knowledge base bundled in the jar ({@code examples/knowledge-base}), copied out into a
 * folder to be served. Its files are named in {@code example-kb.files}, as folders inside a nested jar
 * cannot be listed.
 */
final class ExampleKnowledgeBase {
    static final String FOLDER = "/org/genaikg/api/example-kb/";
    static final String FILE_LIST = "/org/genaikg/api/example-kb.files";

    private ExampleKnowledgeBase() {}

    /** The relative paths of the bundled files. */
    static List<String> files() {
        try (InputStream list = open(FILE_LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the bundled files into {@code target} and returns it. A file already there is kept, so
     * pages edited (or uploaded) in the copy survive a restart.
     */
    static Path copyTo(Path target) {
        try {
            for (String file : files()) {
                Path destination = target.resolve(file);
                if (Files.notExists(destination)) {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = open(FOLDER + file)) {
                        Files.copy(in, destination);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the example knowledge base to " + target, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = ExampleKnowledgeBase.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing from the jar: " + resource);
        }
        return in;
    }
}
