package org.genaikg.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that takes longer than its budget is named with what was being done and where, and the
 * others build. The clock here advances a millisecond each time it is read, so the work a page
 * does is counted in budget checks: deterministic, whatever the machine's load.
 */
class PageTimeBudgetTest {
    private static final String SMALL = "# Small\n\nBERT is a language model.\n";

    private final AtomicLong nanos = new AtomicLong();
    private final Extractor extractor = new Extractor(new ExtractionOptions(1, 1 << 20).withPageTimeLimit(Duration.ofSeconds(1)),
            () -> nanos.addAndGet(1_000_000));

    private static Problem only(List<Problem> problems, String path) {
        List<Problem> found = problems.stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aPageOverItsBudgetWhileRecognisingIsCutKeepingWhatWasFound(@TempDir Path docs) throws IOException {
        // one paragraph: two parse checks, then one recognising check per sentence
        Files.writeString(docs.resolve("slow.md"), "# Slow\n\n" + "GPT-4 is based on Transformer. ".repeat(5_000) + "\n");
        Files.writeString(docs.resolve("small.md"), SMALL);

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        assertEquals(2, graph.documents());
        Problem cut = only(graph.problems(), "slow.md");
        assertEquals(Problem.Severity.WARNING, cut.severity());
        assertEquals(3, cut.line());
        assertTrue(cut.reason().startsWith("cut: over the page time budget of 1 s while recognising a sentence at line 3"),
                cut.reason());
        assertTrue(graph.edges().stream().anyMatch(e -> e.relation() == Relation.BUILDS_ON
                && e.provenance().get(0).path().equals("slow.md")), "what was found before the cut is kept");
        assertTrue(graph.problems().stream().noneMatch(p -> p.path().equals("small.md")));
    }

    @Test
    void aPageOverItsBudgetWhileParsingIsSkippedWithTheLineReached(@TempDir Path docs) throws IOException {
        StringBuilder list = new StringBuilder("# Long list\n\n");
        for (int i = 0; i < 5_000; i++) {
            list.append("- item ").append(i).append('\n');
        }
        Files.writeString(docs.resolve("long.md"), list.toString());
        Files.writeString(docs.resolve("small.md"), SMALL);

        KnowledgeGraph graph = extractor.extract(docs, ProgressListener.NONE);

        assertEquals(1, graph.documents());
        Problem skipped = only(graph.problems(), "long.md");
        assertEquals(Problem.Severity.SKIPPED_FILE, skipped.severity());
        assertTrue(skipped.line() > 3, skipped.toString());
        assertTrue(skipped.reason().startsWith("skipped: over the page time budget of 1 s while parsing at line " + skipped.line()),
                skipped.reason());
    }

    @Test
    void aZeroLimitIsNoLimit(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("slow.md"), "# Slow\n\n" + "GPT-4 is based on Transformer. ".repeat(3_000) + "\n");
        Extractor unlimited = new Extractor(new ExtractionOptions(1, 1 << 20).withPageTimeLimit(Duration.ZERO), () -> nanos.addAndGet(1_000_000_000));

        KnowledgeGraph graph = unlimited.extract(docs, ProgressListener.NONE);

        assertEquals(1, graph.documents());
        assertTrue(graph.problems().isEmpty(), graph.problems().toString());
    }
}
