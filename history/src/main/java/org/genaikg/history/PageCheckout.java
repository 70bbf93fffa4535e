package org.genaikg.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.source.PageSource;

/**
 * The pages of the last commit walked, written out as a folder ({@code DATA/history/checkout}), so that a
 * server of the history ({@code kg serve --repo}) can show a page's source as it is now. Paths are the
 * page source's, relative to the pages folder, as the graph's provenance names them; a page the walk could
 * not read is left out, as the walk left it out of the graph.
 */
final class PageCheckout {
    private PageCheckout() {}

    /** Replaces what {@code target} holds with the pages of {@code pages}. */
    static void write(PageSource pages, Path target, ExtractionOptions options) {
        try {
            delete(target);
            Files.createDirectories(target);
            for (String path : pages.paths()) {
                Path file = target.resolve(path).normalize();
                if (!file.startsWith(target)) {
                    continue; // a path that would leave the folder is no page of ours
                }
                String text;
                try {
                    text = pages.read(path, options.maxFileBytes()).text();
                } catch (IOException refused) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the last commit's pages into " + target, e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
