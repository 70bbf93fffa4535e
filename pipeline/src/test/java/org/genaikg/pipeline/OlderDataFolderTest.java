package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's own state (page cache, sync journal) in a format of another version, or
 * damaged, is never read: what it held is made again from the pages.
 */
class OlderDataFolderTest {

    /** Written by genai-kg before the explicit format (Java serialization); see its README. */
    private static final Path JAVA_SERIALIZATION = Path.of("src", "test", "resources", "data-folders", "java-serialization");

    @TempDir
    Path dir;

    @Test
    void aDataFolderOfAnOlderVersionIsRebuiltFromThePages() throws IOException {
        copy(JAVA_SERIALIZATION, dir);
        Path docs = dir.resolve("docs");
        Path data = dir.resolve("data");
        assertTrue(Files.exists(data.resolve("sync").resolve("journal")));

        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
            assertFalse(Files.exists(data.resolve("sync").resolve("journal")), "the unreadable journal is dropped at open");
            BuildReport build = new BuildPipeline(data, ScenarioPages.OPTIONS).update(FolderPages.of(docs), kb, ProgressListener.NONE);

            assertEquals(2, build.pagesExtracted(), "no page comes from the old cache");
            assertEquals(List.of(), files(data.resolve("cache").resolve("pages"), ".ser"), "the old entries are gone");
            Path exported = dir.resolve("export.nq");
            kb.export(exported);
            assertArrayEquals(ScenarioPages.freshDump(docs, dir.resolve("fresh.nq")), ScenarioPages.read(exported));
        }
    }

    @Test
    void aDamagedCacheEntryIsExtractedAgainAndTheGraphIsTheSame() throws IOException {
        Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
        Path data = dir.resolve("data");
        BuildPipeline pipeline = new BuildPipeline(data, ScenarioPages.OPTIONS);
        ExtractedGraph first = pipeline.extract(FolderPages.of(docs), ProgressListener.NONE);
        List<Path> entries = files(data.resolve("cache").resolve("pages"), ".page");
        assertEquals(3, entries.size());
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));

        ExtractedGraph again = pipeline.extract(FolderPages.of(docs), ProgressListener.NONE);

        assertEquals(1, again.pagesExtracted());
        assertEquals(first.graph(), again.graph());
        assertEquals(0, pipeline.extract(FolderPages.of(docs), ProgressListener.NONE).pagesExtracted(), "the entry was written anew");
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
