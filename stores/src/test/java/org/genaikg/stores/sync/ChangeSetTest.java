package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeSetTest {

    private static final String MODELS = Namespaces.RESOURCE + "doc/models.md";
    private static final String CRITICS = Namespaces.RESOURCE + "doc/critics.md";
    private static final String NOTES = Namespaces.RESOURCE + "doc/topics/notes.md";

    @TempDir
    Path docs;

    @Test
    void intoEmptyStoresEveryDocumentAndNodeIsWritten() {
        KnowledgeGraph graph = extract(ScenarioPages.writeFirstVersion(docs));

        ChangeSet changes = ChangeSet.between(StoreContents.EMPTY, graph);

        assertEquals(List.of(CRITICS, MODELS, NOTES), changes.documentsWritten());
        assertTrue(changes.neo4j().orElseThrow().intoEmptyStore());
        assertEquals(graph.nodes().size(), changes.neo4j().orElseThrow().counts().nodesWritten());
    }

    @Test
    void storesHoldingTheGraphNeedNoChange() {
        KnowledgeGraph graph = extract(ScenarioPages.writeFirstVersion(docs));

        assertTrue(ChangeSet.between(StoreContents.of(graph), graph).isEmpty());
    }

    @Test
    void aDeletedPageRemovesItsDocumentAndWhatOnlyItSupported() {
        KnowledgeGraph before = extract(ScenarioPages.writeFirstVersion(docs));
        ScenarioPages.delete(docs, "topics/notes.md");

        ChangeSet changes = ChangeSet.between(StoreContents.of(before), extract(docs));

        assertEquals(List.of(NOTES), changes.documentsRemoved());
        assertEquals(List.of(), changes.documentsWritten());
        assertFalse(changes.neo4j().orElseThrow().intoEmptyStore());
        assertTrue(changes.neo4j().orElseThrow().nodesToDelete().contains(Namespaces.RESOURCE + "doc/topics/notes.md"), changes.neo4j().orElseThrow().nodesToDelete().toString());
    }

    private static KnowledgeGraph extract(Path folder) {
        return new Extractor(ScenarioPages.OPTIONS).extract(folder, ProgressListener.NONE);
    }
}
