package org.genaikg.stores.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * A second embedded Neo4j, with auth on, stands in for a server the user already runs: the store
 * reaches it only through a URI, a user and a password.
 */
class ExternalNeo4jServerTest {

    static final String PASSWORD = "external-s3cret";

    @TempDir
    static Path data;

    static EmbeddedNeo4j external;

    @BeforeAll
    static void startExternalServer() {
        external = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0).withPassword(PASSWORD));
    }

    @AfterAll
    static void stopExternalServer() {
        external.close();
    }

    @Test
    void loadsAndReadsThroughARoutingUriWithUserAndPassword() {
        URI routing = URI.create("neo4j://127.0.0.1:" + external.boltPort());
        KnowledgeGraph graph = SmallCorpusGraph.graph();

        try (Neo4jGraphStore store = Neo4jGraphStore.open(new Neo4jConnectionSettings(routing, "neo4j", PASSWORD), Neo4jStoreOptions.defaults())) {
            store.replaceAll(graph);
            assertEquals(graph.nodesPerKind(), store.nodesPerKind());
            assertEquals(graph.edgesPerRelation(), store.relationshipsPerRelation());
        }
    }

    @Test
    void loadsThroughABoltUriWithUserAndPassword() {
        URI direct = URI.create("bolt://127.0.0.1:" + external.boltPort());
        KnowledgeGraph graph = SmallCorpusGraph.graph();

        try (Neo4jGraphStore store = Neo4jGraphStore.open(new Neo4jConnectionSettings(direct, "neo4j", PASSWORD),
                Neo4jStoreOptions.defaults().withBatchSize(3))) {
            store.replaceAll(graph);
            assertEquals(graph.edgesPerRelation(), store.relationshipsPerRelation());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtOpen() {
        Neo4jConnectionSettings wrong = new Neo4jConnectionSettings(external.boltUri(), "neo4j", "not-the-password");
        assertThrows(AuthenticationException.class, () -> Neo4jGraphStore.open(wrong, Neo4jStoreOptions.defaults()));
    }
}
