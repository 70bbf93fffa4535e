package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Namespaces;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.sync.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRebuildTest {

    private static final String SHEPHERD = Namespaces.RESOURCE + "model/shepherd";

    @TempDir
    Path docs;
    @TempDir
    Path data;
    @TempDir
    Path dumps;

    private static final StoreSettings SETTINGS = StoreSettings.defaults().withBoltPort(0);

    @Test
    void exportOfTheStoreEqualsAFreshBuildAfterEditsAddsAndDeletes() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            BuildReport first = update(kb);
            assertEquals(3, first.pagesExtracted());
            assertExportEqualsFreshBuild(kb, "first");
            assertAgree(kb);

            ScenarioPages.write(docs, "topics/notes.md", ScenarioPages.NOTES + "\nRMSNorm is a kind of layer normalization.\n");
            ScenarioPages.write(docs, "vision.md", ScenarioPages.EXTRA);
            ScenarioPages.delete(docs, "models.md");
            BuildReport second = update(kb);

            assertTrue(second.documentsRemoved().contains(Namespaces.RESOURCE + "doc/models.md"), second.documentsRemoved().toString());
            assertTrue(kb.neo4j().findNode(SHEPHERD).isPresent(), "Shepherd is still described on critics.md");
            assertExportEqualsFreshBuild(kb, "second");
            assertAgree(kb);
        }
    }

    @Test
    void removingAPageKeepsModelsMentionedElsewhere() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            update(kb);
            ScenarioPages.delete(docs, "critics.md");
            update(kb);

            assertEquals(NodeKind.MODEL, kb.neo4j().findNode(SHEPHERD).orElseThrow().kind());
            assertExportEqualsFreshBuild(kb, "without-critics");
        }
    }

    @Test
    void anUnchangedFolderExtractsNothingAndWritesNothing() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            update(kb);
        }
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            BuildReport again = update(kb);
            assertEquals(0, again.pagesExtracted());
            assertEquals(List.of(), again.documentsWritten());
            assertTrue(again.neo4j().changedNothing(), again.neo4j().toString());
        }
    }

    @Test
    void anEditedPageIsTheOnlyOneExtractedAndWritten() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            update(kb);
            ScenarioPages.write(docs, "topics/notes.md", ScenarioPages.NOTES + "\nGPT-4 is mentioned too.\n");
            BuildReport edited = update(kb);

            assertEquals(1, edited.pagesExtracted());
            assertEquals(List.of(Namespaces.RESOURCE + "doc/topics/notes.md"), edited.documentsWritten());
            assertExportEqualsFreshBuild(kb, "edited");
        }
    }

    private BuildReport update(KnowledgeBaseStores kb) {
        return new BuildPipeline(data, ScenarioPages.OPTIONS).update(FolderPages.of(docs), kb, ProgressListener.NONE);
    }

    private void assertExportEqualsFreshBuild(KnowledgeBaseStores kb, String name) {
        for (String extension : List.of("nt", "nq")) {
            Path exported = dumps.resolve(name + "-export." + extension);
            kb.export(exported);
            byte[] fresh = ScenarioPages.freshDump(docs, dumps.resolve(name + "-fresh." + extension));
            assertArrayEquals(fresh, ScenarioPages.read(exported), name + "." + extension + ": export differs from a fresh build");
        }
    }

    private static void assertAgree(KnowledgeBaseStores kb) {
        VerifyReport report = kb.verify(20);
        assertTrue(report.agree(), String.join("\n", report.differences()));
        assertTrue(report.nodesSampled() > 5);
    }
}
