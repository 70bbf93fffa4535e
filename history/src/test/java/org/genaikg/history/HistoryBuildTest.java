package org.genaikg.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.docs.DocumentedExamples;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.history.git.ScratchRepository;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.walk.WalkListener;
import org.genaikg.ontology.History;
import org.genaikg.ontology.NodeKind;
import org.genaikg.pipeline.BuildPipeline;
import org.genaikg.stores.neo4j.StoredNode;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.sync.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * {@code kg history} into real stores (TDB2 and an embedded Neo4j over Bolt): three commits, in
 * which HuBERT's entry comes, goes and comes back. Both stores hold the history and agree on it
 * ({@code kg verify}); a difference in the history is reported; a later build of plain pages
 * removes the history from both.
 */
class HistoryBuildTest {
    private static final ExtractionOptions OPTIONS = new ExtractionOptions(2, ExtractionOptions.DEFAULT_MAX_FILE_BYTES);
    private static final StoreSettings SETTINGS = StoreSettings.defaults().withBoltPort(0);
    private static final String SHEPHERD_ENTRY = """
            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.
            """;
    private static final String HUBERT_ENTRY = """
            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;
    private static final String WITH_HUBERT = "# Models\n\n## Language Models\n\n" + SHEPHERD_ENTRY + "\n" + HUBERT_ENTRY;
    private static final String WITHOUT_HUBERT = "# Models\n\n## Language Models\n\n" + SHEPHERD_ENTRY;
    private static final String SHEPHERD = NodeKind.MODEL.instanceIri("shepherd");
    private static final String HUBERT = NodeKind.MODEL.instanceIri("hubert");

    @TempDir
    Path temp;

    @Test
    void bothStoresHoldTheHistoryAndAgreeOnIt() throws Exception {
        List<String> commits = threeCommits();
        Path data = temp.resolve("data");
        HistoryReport report = new HistoryBuild(data, OPTIONS).run(temp.resolve("repo"), RevisionRange.ALL, SETTINGS, WalkListener.NONE);
        assertEquals(3, report.walk().history().revisions().size());
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            VerifyReport verify = kb.verify(50);
            assertTrue(verify.agree(), verify.differences().toString());
            assertEquals(Map.of(History.NEO4J_REVISION, 3L, History.NEO4J_PRESENCE, kb.neo4j().historyCounts().get(History.NEO4J_PRESENCE)),
                    kb.neo4j().historyCounts());
            StoredNode hubert = kb.neo4j().findNode(HUBERT).orElseThrow();
            assertEquals(commits.get(0), hubert.properties().get(History.NEO4J_FIRST_SEEN_COMMIT));
            assertEquals(List.of(commits.get(0), commits.get(2)), hubert.properties().get(History.NEO4J_ADDED_IN));
            assertEquals(List.of(commits.get(1)), hubert.properties().get(History.NEO4J_REMOVED_IN));
            assertEquals(commits.get(0), kb.neo4j().findNode(SHEPHERD).orElseThrow().properties().get(History.NEO4J_FIRST_SEEN_COMMIT));
            assertTrue(kb.rdfCopy().getGraph(NodeFactory.createURI(History.GRAPH)).size() > 0, "graph/history in the RDF store");

            var bolt = kb.neo4jConnection();
            try (Driver driver = GraphDatabase.driver(bolt.uri(), bolt.hasAuth() ? AuthTokens.basic(bolt.user(), bolt.password()) : AuthTokens.none());
                    Session session = driver.session()) {
                session.run("MATCH (n:Resource {iri: $iri}) SET n.firstSeenCommit = 'not-a-commit'", Map.of("iri", HUBERT)).consume();
                session.run("MATCH (p:Presence) WITH p LIMIT 1 DETACH DELETE p").consume();
            }
            List<String> differences = kb.verify(50).differences();
            assertTrue(differences.stream().anyMatch(d -> d.startsWith("presences of the history")), differences.toString());
            assertTrue(differences.stream().anyMatch(d -> d.startsWith(HUBERT + " " + History.NEO4J_FIRST_SEEN_COMMIT)), differences.toString());
        }
    }

    @Test
    void everyDocumentedHistoryCypherQueryAnswers() throws Exception {
        threeCommits();
        Path data = temp.resolve("data");
        new HistoryBuild(data, OPTIONS).run(temp.resolve("repo"), RevisionRange.ALL, SETTINGS, WalkListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            var bolt = kb.neo4jConnection();
            try (Driver driver = GraphDatabase.driver(bolt.uri(), bolt.hasAuth() ? AuthTokens.basic(bolt.user(), bolt.password()) : AuthTokens.none());
                    Session session = driver.session()) {
                for (DocumentedExamples.Example example : DocumentedExamples.of("cypher-history")) {
                    assertTrue(session.run(example.code()).hasNext(), "no answer to " + example.page() + ":\n" + example.code());
                }
            }
        }
    }

    @Test
    void aBuildOfPlainPagesRemovesTheHistoryFromBothStores() throws Exception {
        threeCommits();
        Path data = temp.resolve("data");
        new HistoryBuild(data, OPTIONS).run(temp.resolve("repo"), RevisionRange.ALL, SETTINGS, WalkListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            new BuildPipeline(data, OPTIONS).update(FolderPages.of(temp.resolve("repo")), kb, ProgressListener.NONE);
            assertEquals(Map.of(History.NEO4J_REVISION, 0L, History.NEO4J_PRESENCE, 0L), kb.neo4j().historyCounts());
            assertFalse(kb.neo4j().findNode(HUBERT).orElseThrow().properties().containsKey(History.NEO4J_FIRST_SEEN_COMMIT));
            assertTrue(kb.rdfCopy().getGraph(NodeFactory.createURI(History.GRAPH)).isEmpty(), "no graph/history left");
            VerifyReport verify = kb.verify(50);
            assertTrue(verify.agree(), verify.differences().toString());
        }
    }

    @Test
    void aSecondWalkOfTheSameHistoryLeavesTheStoresAgreeing() throws Exception {
        threeCommits();
        Path data = temp.resolve("data");
        new HistoryBuild(data, OPTIONS).run(temp.resolve("repo"), RevisionRange.ALL, SETTINGS, WalkListener.NONE);
        new HistoryBuild(data, OPTIONS).run(temp.resolve("repo"), RevisionRange.ALL, SETTINGS, WalkListener.NONE);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, SETTINGS)) {
            assertEquals(3L, kb.neo4j().historyCounts().get(History.NEO4J_REVISION));
            VerifyReport verify = kb.verify(50);
            assertTrue(verify.agree(), verify.differences().toString());
        }
    }

    /** HuBERT's entry is there, goes, comes back; the commit ids, oldest first. */
    private List<String> threeCommits() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            String first = scratch.write("models.md", WITH_HUBERT).commit("models").getName();
            String second = scratch.write("models.md", WITHOUT_HUBERT).commit("HuBERT goes").getName();
            String third = scratch.write("models.md", WITH_HUBERT).commit("HuBERT is back").getName();
            return List.of(first, second, third);
        }
    }
}
