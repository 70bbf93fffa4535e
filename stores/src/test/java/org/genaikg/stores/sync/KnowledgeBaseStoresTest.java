package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseStoresTest {

    @TempDir
    Path docs;
    @TempDir
    Path data;

    @Test
    void aHeadingWithNoTextHasTheSameLabelInBothStores() {
        ScenarioPages.write(docs, "studies.md", "# Studies\n\n##\n\nBERT is an encoder.\n");
        KnowledgeGraph graph = new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
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
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
            ChangeSet stale = ChangeSet.between(kb.contents(), second);
            kb.apply(ChangeSet.between(kb.contents(), first));

            assertThrows(IllegalStateException.class, () -> kb.apply(stale));
            assertTrue(ChangeSet.between(kb.contents(), first).isEmpty(), "the stores still hold the first graph");
            assertEquals(3, kb.tdb().orElseThrow().triplesPerGraph().size());
        }
    }
}
