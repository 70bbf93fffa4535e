package org.genaikg.extractor.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.ShapesValidator;
import org.genaikg.ontology.ValidationResult;
import org.junit.jupiter.api.Test;

/** The real knowledge-base snapshots in testdata/corpora build cleanly, validly and repeatably. */
class SharedCorpusBuildTest {
    private static final Path CORPORA = Path.of("..", "testdata", "corpora");

    private static KnowledgeGraph build(String corpus, int threads) {
        Path folder = CORPORA.resolve(corpus);
        assertTrue(Files.isDirectory(folder), "the test corpora are part of the repository: " + folder.toAbsolutePath());
        return new Extractor(new ExtractionOptions(threads, ExtractionOptions.DEFAULT_MAX_FILE_BYTES))
                .extract(folder, ProgressListener.NONE);
    }

    private static byte[] nTriples(KnowledgeGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDumpWriter.write(graph, RdfFormat.N_TRIPLES, out);
        return out.toByteArray();
    }

    @Test
    void genai2024GivesADocumentPerPageValidShapesAndTheSameDumpTwice() throws IOException {
        KnowledgeGraph first = build("genai-2024-08", 2);
        int pages = FolderPages.of(CORPORA.resolve("genai-2024-08")).paths().size();
        assertEquals(pages, first.nodesPerKind().get(NodeKind.DOCUMENT));
        assertTrue(first.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.SKIPPED_FILE),
                first.problems().toString());
        ValidationResult shapes = ShapesValidator.load().validate(RdfMapping.toGraph(first));
        assertTrue(shapes.conforms(), String.join("\n", shapes.lines().subList(0, Math.min(20, shapes.lines().size()))));
        assertArrayEquals(nTriples(first), nTriples(build("genai-2024-08", 1)), "a second run must give the same dump");
    }

    @Test
    void genai2026BuildsEveryPageWithValidShapes() {
        KnowledgeGraph graph = build("genai-2026-08-partial", 2);
        int pages = FolderPages.of(CORPORA.resolve("genai-2026-08-partial")).paths().size();
        assertEquals(pages, graph.documents());
        assertTrue(graph.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.SKIPPED_FILE),
                graph.problems().toString());
        ValidationResult shapes = ShapesValidator.load().validate(RdfMapping.toGraph(graph));
        assertTrue(shapes.conforms(), String.join("\n", shapes.lines().subList(0, Math.min(20, shapes.lines().size()))));
    }

    @Test
    void seedPageBuilds() {
        KnowledgeGraph graph = build("seed", 2);
        assertEquals(1, graph.documents());
        assertTrue(graph.nodesPerKind().getOrDefault(NodeKind.PAPER, 0L) >= 10);
    }
}
