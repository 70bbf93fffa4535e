package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Namespaces;
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
            BuildReport first = kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
            assertEquals(3, first.pagesExtracted());
            assertExportEqualsFreshBuild(kb, "first");
            assertAgree(kb);

            ScenarioPages.write(docs, "topics/notes.md", ScenarioPages.NOTES + "\nRMSNorm is a kind of layer normalization.\n");
            ScenarioPages.write(docs, "vision.md", ScenarioPages.EXTRA);
            ScenarioPages.delete(docs, "models.md");
            BuildReport second = kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);

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
            kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
            ScenarioPages.delete(docs, "critics.md");
            kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);

            assertEquals(NodeKind.MODEL, kb.neo4j().findNode(SHEPHERD).orElseThrow().kind());
            assertExportEqualsFreshBuild(kb, "without-critics");
        }
    }

    @Test
    void anUnchangedFolderExtractsNothingAndWritesNothing() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
        }
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            BuildReport again = kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
            assertEquals(0, again.pagesExtracted());
            assertEquals(List.of(), again.documentsWritten());
            assertTrue(again.neo4j().changedNothing(), again.neo4j().toString());
        }
    }

    @Test
    void anEditedPageIsTheOnlyOneExtractedAndWritten() {
        ScenarioPages.writeFirstVersion(docs);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);
            ScenarioPages.write(docs, "topics/notes.md", ScenarioPages.NOTES + "\nGPT-4 is mentioned too.\n");
            BuildReport edited = kb.update(docs, ScenarioPages.OPTIONS, ProgressListener.NONE);

            assertEquals(1, edited.pagesExtracted());
            assertEquals(List.of(Namespaces.RESOURCE + "doc/topics/notes.md"), edited.documentsWritten());
            assertExportEqualsFreshBuild(kb, "edited");
        }
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
