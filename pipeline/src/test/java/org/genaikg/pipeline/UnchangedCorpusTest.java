package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real knowledge base, a build of an unchanged folder by a new process (new stores, read back) writes nothing. */
class UnchangedCorpusTest {

    private static final Path CORPUS = Path.of("..", "testdata", "corpora", "genai-2024-08");

    @TempDir
    Path data;

    @Test
    void aSecondBuildOfTheSameFolderWritesNothing() {
        BuildPipeline pipeline = new BuildPipeline(data, ScenarioPages.OPTIONS);
        StoreSettings settings = StoreSettings.defaults().withBoltPort(0);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, settings)) {
            pipeline.update(FolderPages.of(CORPUS), kb, ProgressListener.NONE);
        }
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, settings)) {
            BuildReport second = pipeline.update(FolderPages.of(CORPUS), kb, ProgressListener.NONE);

            assertEquals(0, second.pagesExtracted());
            assertEquals(List.of(), second.documentsWritten());
            assertTrue(second.neo4j().changedNothing(), second.neo4j().toString());
        }
    }
}
