package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseStoresTest {

    private static final StoreSettings SETTINGS = StoreSettings.defaults().withBoltPort(0);

    @TempDir
    Path docs;
    @TempDir
    Path data;

    @Test
    void aHeadingWithNoTextHasTheSameLabelInBothStores() {
        ScenarioPages.write(docs, "studies.md", "# Studies\n\n##\n\nBERT is an encoder.\n");
        KnowledgeGraph graph = new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            kb.apply(ChangeSet.between(kb.contents(), graph));

            VerifyReport report = kb.verify(100);
            assertTrue(report.agree(), String.join("\n", report.differences()));
            String section = Namespaces.RESOURCE + "section/studies.md#";
            assertEquals("studies.md#", kb.neo4j().findNode(section).orElseThrow().properties().get(Labels.NEO4J_LABEL));
        }
    }

    @Test
    void aChangeSetComputedBeforeAnotherWriteIsRefusedAndWritesNothing() {
        KnowledgeGraph first = new Extractor(ScenarioPages.OPTIONS).extract(ScenarioPages.writeFirstVersion(docs), ProgressListener.NONE);
        ScenarioPages.delete(docs, "critics.md");
        KnowledgeGraph second = new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            ChangeSet stale = ChangeSet.between(kb.contents(), second);
            kb.apply(ChangeSet.between(kb.contents(), first));

            assertThrows(IllegalStateException.class, () -> kb.apply(stale));
            assertTrue(ChangeSet.between(kb.contents(), first).isEmpty(), "the stores still hold the first graph");
            assertEquals(3, kb.tdb().orElseThrow().triplesPerGraph().size());
        }
    }

    @Test
    void theGraphKeyNamesWhatTdbHoldsAcrossRestartsAndChangesWithIt() {
        KnowledgeGraph first = new Extractor(ScenarioPages.OPTIONS).extract(ScenarioPages.writeFirstVersion(docs), ProgressListener.NONE);
        ScenarioPages.delete(docs, "critics.md");
        KnowledgeGraph second = new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE);
        String key;
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            kb.apply(ChangeSet.between(kb.contents(), first));
            key = kb.graphKey().orElseThrow();
        }
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            assertEquals(Optional.of(key), kb.graphKey(), "the same graph, the same key, without reading the store");
            kb.apply(ChangeSet.between(kb.contents(), second));
            assertNotEquals(key, kb.graphKey().orElseThrow());
            kb.apply(ChangeSet.between(kb.contents(), first));
            assertEquals(Optional.of(key), kb.graphKey());
        }
    }
}
