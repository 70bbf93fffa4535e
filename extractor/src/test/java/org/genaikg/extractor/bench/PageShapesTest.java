package org.genaikg.extractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages of the shapes that were quadratic still extract at a size where quadratic work never would:
 * the bound is generous (seconds of work given minutes), so it guards against going back, not speed.
 * {@link PageShapesBenchmark} measures the time per MB.
 */
class PageShapesTest {

    @ParameterizedTest
    @EnumSource(value = PageShapes.class, names = {"CUE_PROSE", "LINK_LINE"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLargePageOfAFormerlyQuadraticShapeExtracts(PageShapes shape, @TempDir Path docs) throws IOException {
        // before: 300 KB of CUE_PROSE took 98 s, 240 KB of LINK_LINE 40 s, growing with the square of the size
        Files.writeString(docs.resolve("page.md"), shape.page(500_000));
        KnowledgeGraph graph = new Extractor(new ExtractionOptions(1, 1 << 20)).extract(docs, ProgressListener.NONE);
        assertEquals(1, graph.documents());
        assertTrue(graph.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.SKIPPED_FILE
                || p.reason().startsWith("cut:")), "neither skipped nor cut by the page time budget");
    }
}
