package org.genaikg.extractor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {

    private static final String MODELS = """
            # Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses.
            """;
    private static final String NOTES = """
            # Notes

            Shepherd is mentioned here, and so is BERT.
            """;

    /** Counts what the extractor asks the cache to keep, by path. */
    private static final class MemoryCache implements PageCache {
        final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
        final List<String> puts = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public Optional<CachedPage> get(String path, String contentHash) {
            return Optional.ofNullable(pages.get(path + "@" + contentHash));
        }

        @Override
        public void put(String path, String contentHash, CachedPage page) {
            puts.add(path);
            pages.put(path + "@" + contentHash, page);
        }
    }

    private final Extractor extractor = new Extractor(new ExtractionOptions(2, 1 << 20));

    @Test
    void unchangedPagesAreTakenFromTheCacheAndGiveTheSameGraph(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("models.md"), MODELS);
        Files.writeString(docs.resolve("notes.md"), NOTES);
        MemoryCache cache = new MemoryCache();
        KnowledgeGraph first = extractor.extract(docs, ProgressListener.NONE, cache);
        assertEquals(java.util.Set.of("models.md", "notes.md"), java.util.Set.copyOf(cache.puts));

        cache.puts.clear();
        KnowledgeGraph second = extractor.extract(docs, ProgressListener.NONE, cache);

        assertTrue(cache.puts.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void onlyAnEditedPageIsExtractedAgainWhenTheCorpusNamesStayTheSame(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("models.md"), MODELS);
        Files.writeString(docs.resolve("notes.md"), NOTES);
        MemoryCache cache = new MemoryCache();
        extractor.extract(docs, ProgressListener.NONE, cache);
        cache.puts.clear();

        Files.writeString(docs.resolve("notes.md"), NOTES + "\nShepherd again, on a line of its own.\n");
        KnowledgeGraph cached = extractor.extract(docs, ProgressListener.NONE, cache);

        assertEquals(List.of("notes.md"), cache.puts);
        assertEquals(extractor.extract(docs, ProgressListener.NONE), cached);
    }

    @Test
    void aNameLearnedOnAnEditedPageIsRecognisedOnTheCachedOnes(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("notes.md"), NOTES);
        Files.writeString(docs.resolve("models.md"), "# Models\n");
        MemoryCache cache = new MemoryCache();
        extractor.extract(docs, ProgressListener.NONE, cache);
        cache.puts.clear();

        Files.writeString(docs.resolve("models.md"), MODELS);
        KnowledgeGraph cached = extractor.extract(docs, ProgressListener.NONE, cache);

        assertEquals(java.util.Set.of("models.md", "notes.md"), java.util.Set.copyOf(cache.puts));
        assertEquals(extractor.extract(docs, ProgressListener.NONE), cached);
    }

    @Test
    void aNameLearnedOnAnEditedPageKeepsTheFindingsOfPagesThatNeverComeNearIt(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("notes.md"), "# Notes\n\nWe compare Zephyrine with BERT.\n");
        Files.writeString(docs.resolve("models.md"), "# Models\n");
        Files.writeString(docs.resolve("tokens.md"), "# Tokens\n\nTokenisation splits text before BERT reads it.\n");
        MemoryCache cache = new MemoryCache();
        extractor.extract(docs, ProgressListener.NONE, cache);
        CachedPage notesBefore = cache.pages.values().stream().filter(p -> p.page().path().equals("notes.md")).findFirst().orElseThrow();
        CachedPage tokensBefore = cache.pages.values().stream().filter(p -> p.page().path().equals("tokens.md")).findFirst().orElseThrow();

        Files.writeString(docs.resolve("models.md"), MODELS.replace("Shepherd", "Zephyrine")); // teaches a name notes.md holds
        KnowledgeGraph cached = extractor.extract(docs, ProgressListener.NONE, cache);

        CachedPage notesAfter = cache.pages.get("notes.md@" + notesBefore.page().contentHash());
        CachedPage tokensAfter = cache.pages.get("tokens.md@" + tokensBefore.page().contentHash());
        assertNotEquals(notesBefore.findings(), notesAfter.findings());
        assertSame(tokensBefore.findings(), tokensAfter.findings(), "tokens.md never asked the lexicon about Zephyrine");
        assertEquals(notesAfter.lexiconKey(), tokensAfter.lexiconKey());
        assertEquals(new Extractor(new ExtractionOptions(2, 1 << 20)).extract(docs, ProgressListener.NONE), cached);
    }

    @Test
    void aCachedPageSurvivesJavaSerialization(@TempDir Path docs) throws Exception {
        Files.writeString(docs.resolve("models.md"), MODELS);
        MemoryCache cache = new MemoryCache();
        extractor.extract(docs, ProgressListener.NONE, cache);
        CachedPage page = cache.pages.values().iterator().next();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(page);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(page, in.readObject());
        }
    }
}
