package org.genaikg.extractor.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's own state as bytes: what is written reads back equal, and nothing else reads at all. */
class CodecTest {

    private static final String MODELS = """
            ---
            title: Models
            ---
            # Models

            ## Language Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on **LLaMA**. 🤔 [Github](https://github.com/x/shepherd)

            | Model | Platform |
            | --- | --- |
            | Vicuna | [chat](https://lmsys.org) |

            - BERT
                - RoBERTa builds on BERT.
            """;
    private static final String NOTES = """
            # Notes

            ##

            Transformers use multi-head attention. See [models](models.md#language-models) and [gone](gone.md).
            """;

    @TempDir
    static Path docs;
    static final Map<String, CachedPage> CACHED = new ConcurrentHashMap<>();
    static KnowledgeGraph graph;

    @BeforeAll
    static void extract() throws IOException {
        Files.writeString(docs.resolve("models.md"), MODELS);
        Files.writeString(docs.resolve("notes.md"), NOTES);
        graph = new Extractor(new ExtractionOptions(1, 1 << 20)).extract(docs, ProgressListener.NONE, new PageCache() {
            @Override
            public Optional<CachedPage> get(String path, String contentHash) {
                return Optional.empty();
            }

            @Override
            public void put(String path, String contentHash, CachedPage page) {
                CACHED.put(path, page);
            }
        });
    }

    @Test
    void aCachedPageReadsBackEqual() throws IOException {
        for (CachedPage page : CACHED.values()) {
            // The disk cache does not keep what recognition asked the lexicon: a page read back is re-checked on any new name.
            CachedPage asKept = new CachedPage(page.page(), page.learned(), page.lexiconKey(), page.findings());
            assertEquals(asKept, CachedPageCodec.read(new ByteArrayInputStream(bytes(page))));
        }
        assertEquals(2, CACHED.size());
    }

    @Test
    void aGraphReadsBackEqual() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphCodec.write(graph, out);

        assertEquals(graph, GraphCodec.read(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(graph.edges().size() > 3 && !graph.problems().isEmpty(), "the fixture has edges and problems");
    }

    @Test
    void whatJavaSerializationWroteIsRefusedAsAnOlderVersion() throws IOException {
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(old)) {
            out.writeObject(CACHED.get("models.md"));
        }

        UnreadableFormat refused = assertThrows(UnreadableFormat.class,
                () -> CachedPageCodec.read(new ByteArrayInputStream(old.toByteArray())));
        assertTrue(refused.getMessage().contains("older version"), refused.getMessage());
    }

    @Test
    void aTruncatedOrDamagedFileIsRefusedNeverMisread() throws IOException {
        byte[] whole = bytes(CACHED.get("models.md"));
        for (int length : new int[] {0, 3, 5, whole.length / 2, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThrows(IOException.class, () -> CachedPageCodec.read(new ByteArrayInputStream(cut)), "cut at " + length);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThrows(UnreadableFormat.class, () -> CachedPageCodec.read(new ByteArrayInputStream(longer)));
        byte[] otherVersion = whole.clone();
        otherVersion[4] = (byte) 8; // the version, zig-zag: 4
        UnreadableFormat refused = assertThrows(UnreadableFormat.class, () -> CachedPageCodec.read(new ByteArrayInputStream(otherVersion)));
        assertTrue(refused.getMessage().contains("format version 4"), refused.getMessage());
    }

    @Test
    void aGraphIsNoCachedPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphCodec.write(graph, out);

        assertThrows(UnreadableFormat.class, () -> CachedPageCodec.read(new ByteArrayInputStream(out.toByteArray())));
    }

    private static byte[] bytes(CachedPage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CachedPageCodec.write(page, out);
        return out.toByteArray();
    }
}
