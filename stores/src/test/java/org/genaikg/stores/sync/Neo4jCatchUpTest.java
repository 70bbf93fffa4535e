package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Namespaces;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores opened with Neo4j held back ({@link KnowledgeBaseStores#openWithNeo4jLater}): the RDF store takes
 * the graph at once, Neo4j is brought to it once started, exactly as after an interrupted write, and the
 * stores are in step again whatever happens in between.
 */
class Neo4jCatchUpTest {

    private static final StoreSettings SETTINGS = StoreSettings.defaults().withBoltPort(0);

    @TempDir
    Path docs;
    @TempDir
    Path data;

    @Test
    void theRdfStoreHoldsTheGraphBeforeNeo4jStartsAndNeo4jCatchesUpOnceItDoes() {
        KnowledgeGraph graph = firstVersion();
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            StoreContents held = kb.contents();
            assertTrue(held.neo4j().isEmpty(), "what Neo4j holds is not known before it starts");

            ApplyReport report = kb.apply(ChangeSet.between(held, graph));

            assertTrue(report.neo4jCatchesUp());
            assertEquals(3, kb.tdb().orElseThrow().triplesPerGraph().size(), "the RDF store holds the graph");
            assertFalse(kb.isNeo4jInStep());
            assertTrue(Files.exists(journal()), "the journal stays until Neo4j holds the graph");

            kb.startNeo4j();
            Neo4jCatchUp caughtUp = kb.neo4jInStep().toCompletableFuture().join();

            assertTrue(kb.isNeo4jInStep());
            assertEquals(graph.nodes().size(), caughtUp.changes().nodesWritten());
            assertFalse(Files.exists(journal()));
            assertInStep(kb);
            assertTrue(ChangeSet.between(kb.contents(), graph).isEmpty());
        }
    }

    @Test
    void aSecondWriteWaitsForTheCatchUpOfTheFirst() {
        KnowledgeGraph first = firstVersion();
        ScenarioPages.delete(docs, "critics.md");
        KnowledgeGraph second = new Extractor(ScenarioPages.OPTIONS).extract(docs, ProgressListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            kb.apply(ChangeSet.between(kb.contents(), first));
            ChangeSet removal = ChangeSet.between(kb.contents(), second); // computed while Neo4j is behind

            ApplyReport report = kb.apply(removal); // starts Neo4j, waits for it to hold the first graph

            assertFalse(report.neo4jCatchesUp());
            assertTrue(report.neo4j().nodesDeleted() > 0, report.neo4j().toString());
            assertTrue(kb.neo4j().findNode(Namespaces.RESOURCE + "doc/critics.md").isEmpty(), "the second write reached Neo4j");
            assertInStep(kb);
        }
    }

    @Test
    void aStopBeforeNeo4jCaughtUpIsFinishedAtTheNextOpen() {
        KnowledgeGraph graph = firstVersion();
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            kb.apply(ChangeSet.between(kb.contents(), graph));
        } // stopped (or killed) before Neo4j ever started

        assertTrue(Files.exists(journal()));
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            assertTrue(kb.isNeo4jInStep());
            assertFalse(Files.exists(journal()));
            assertInStep(kb);
            assertTrue(ChangeSet.between(kb.contents(), graph).isEmpty(), "both stores hold the graph");
        }
    }

    @Test
    void aStopWhileNeo4jStartsLeavesTheJournalForTheNextOpen() {
        KnowledgeGraph graph = firstVersion();
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            kb.apply(ChangeSet.between(kb.contents(), graph));
            kb.startNeo4j();
        } // closing waits for the start, then stops Neo4j whether or not it caught up

        try (KnowledgeBaseStores kb = KnowledgeBaseStores.openWithNeo4jLater(data, SETTINGS, TdbGraphStore.open(data))) {
            kb.startNeo4j();
            kb.neo4jInStep().toCompletableFuture().join();
            assertFalse(Files.exists(journal()));
            assertInStep(kb);
        }
    }

    private KnowledgeGraph firstVersion() {
        return new Extractor(ScenarioPages.OPTIONS).extract(ScenarioPages.writeFirstVersion(docs), ProgressListener.NONE);
    }

    private Path journal() {
        return data.resolve("sync").resolve("journal");
    }

    private static void assertInStep(KnowledgeBaseStores kb) {
        VerifyReport report = kb.verify(100);
        assertTrue(report.agree(), String.join("\n", report.differences()));
    }
}
