package org.genaikg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSourceTest {

    private static final String MODELS = """
            # Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses. See [notes](topics/notes.md).
            """;
    private static final String NOTES = """
            # Notes

            Shepherd is mentioned here, and so is BERT.
            """;

    /** Pages held in memory, as a git commit's tree would give them: path and bytes. */
    private record MemoryPages(Map<String, byte[]> files) implements PageSource {
        @Override
        public List<String> paths() {
            return List.copyOf(new TreeMap<>(files).keySet());
        }

        @Override
        public SourceFile read(String path, long maxBytes) throws IOException {
            byte[] bytes = files.get(path);
            if (bytes.length > maxBytes) {
                throw new IOException("page is " + bytes.length + " bytes, over the limit of " + maxBytes);
            }
            return SourceFile.decode(path, bytes);
        }
    }

    private final Extractor extractor = new Extractor(new ExtractionOptions(2, 1 << 20));

    @Test
    void pagesFromMemoryGiveTheGraphOfTheSameFolder(@TempDir Path docs) throws IOException {
        Files.createDirectories(docs.resolve("topics"));
        Files.writeString(docs.resolve("models.md"), MODELS);
        Files.writeString(docs.resolve("topics/notes.md"), NOTES);
        MemoryPages memory = new MemoryPages(Map.of("models.md", MODELS.getBytes(StandardCharsets.UTF_8),
                "topics/notes.md", NOTES.getBytes(StandardCharsets.UTF_8)));

        KnowledgeGraph fromFolder = extractor.extract(docs, ProgressListener.NONE);
        KnowledgeGraph fromMemory = extractor.extract(memory, ProgressListener.NONE, PageCache.NONE);

        assertEquals(2, fromMemory.documents());
        assertEquals(fromFolder, fromMemory);
    }

    @Test
    void aPageThatIsNoUtf8TextIsSkippedWithItsReason() {
        MemoryPages memory = new MemoryPages(Map.of("models.md", MODELS.getBytes(StandardCharsets.UTF_8),
                "latin1.md", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));

        KnowledgeGraph graph = extractor.extract(memory, ProgressListener.NONE, PageCache.NONE);

        assertEquals(1, graph.documents());
        Problem skipped = graph.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIPPED_FILE).findFirst().orElseThrow();
        assertEquals("latin1.md", skipped.path());
        assertTrue(skipped.reason().contains("not UTF-8"), skipped.reason());
    }
}
