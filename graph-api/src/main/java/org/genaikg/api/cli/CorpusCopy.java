package org.genaikg.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** An N-fold copy of a corpus's Markdown files, for benchmarks: {@code copy-1/}, {@code copy-2/}, ... under a folder. */
final class CorpusCopy {
    private CorpusCopy() {}

    /** Every {@code .md} file below {@code folder}, sorted. */
    static List<Path> markdownFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    /** Copies every {@code .md} file below {@code source} into {@code target/copy-i/}, paths kept, for i = 1..copies. */
    static void copy(Path source, Path target, int copies) throws IOException {
        List<Path> files = markdownFiles(source);
        for (int i = 1; i <= copies; i++) {
            Path copy = target.resolve("copy-" + i);
            for (Path file : files) {
                Path to = copy.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** Deletes a folder and everything below it. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
