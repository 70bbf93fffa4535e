package org.genaikg.extractor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;

/**
 * Not a test: the full extraction of one page of each {@link PageShapes} shape at 30 KB, 300 KB and
 * 3 MB, one thread, after a warm-up on the smallest. Prints seconds and seconds per MB; the per-MB
 * column must stay flat as pages grow (time linear in the size), which the last column shows as a
 * ratio to the smallest size of the same shape.
 *
 * <pre>args: [KB ...] (default 30 300 3000) [SHAPE ...] (default all)</pre>
 */
public final class PageShapesBenchmark {

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        List<PageShapes> shapes = new ArrayList<>();
        for (String arg : args) {
            if (arg.chars().allMatch(Character::isDigit)) {
                sizes.add(Integer.parseInt(arg) * 1000);
            } else {
                shapes.add(PageShapes.valueOf(arg));
            }
        }
        if (sizes.isEmpty()) sizes = List.of(30_000, 300_000, 3_000_000);
        if (shapes.isEmpty()) shapes = List.of(PageShapes.values());
        Path work = Files.createTempDirectory("page-shapes");
        for (PageShapes shape : shapes) {
            time(work, shape, sizes.get(0));
        }
        System.out.printf(Locale.ROOT, "%-12s %8s %9s %9s %7s %8s%n", "shape", "KB", "seconds", "s/MB", "x first", "nodes");
        for (PageShapes shape : shapes) {
            double first = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                KnowledgeGraph graph = time(work, shape, size);
                double seconds = (System.nanoTime() - start) / 1e9;
                double perMb = seconds / (size / 1e6);
                first = first == 0 ? perMb : first;
                System.out.printf(Locale.ROOT, "%-12s %8d %9.3f %9.3f %7.2f %8d%n", shape, size / 1000, seconds, perMb,
                        perMb / first, graph.nodes().size());
            }
        }
    }

    private static KnowledgeGraph time(Path work, PageShapes shape, int size) throws IOException {
        Path docs = Files.createDirectories(work.resolve(shape.name() + "-" + size));
        Files.writeString(docs.resolve("page.md"), shape.page(size), StandardCharsets.UTF_8);
        return new Extractor(new ExtractionOptions(1, 64L << 20)).extract(docs, ProgressListener.NONE);
    }
}
