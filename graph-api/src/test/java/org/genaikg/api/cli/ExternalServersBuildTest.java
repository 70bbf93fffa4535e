package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.genaikg.ontology.NodeKind;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.Neo4jStoreOptions;
import org.genaikg.stores.sync.ScenarioPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build} into servers the user runs: a second embedded Neo4j with auth on stands in for
 * an external Neo4j, an in-process Fuseki for a remote SPARQL store. Both are then read for real.
 */
class ExternalServersBuildTest {

    private static final String PASSWORD = "external-s3cret";

    @TempDir
    static Path serverDir;

    static EmbeddedNeo4j neo4j;
    static FusekiServer fuseki;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServers() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(serverDir).withBoltPort(0).withPassword(PASSWORD));
        fuseki = FusekiServer.create().port(0).loopback(true).verbose(false).add("/kb", DatasetGraphFactory.createTxnMem()).build().start();
    }

    @AfterAll
    static void stopServers() {
        fuseki.stop();
        neo4j.close();
    }

    @Test
    void buildLoadsTheExternalNeo4jAndTheRemoteSparqlStore() {
        Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
        Path data = dir.resolve("data");
        String[] servers = {"--neo4j-uri", "neo4j://127.0.0.1:" + neo4j.boltPort(), "--neo4j-user", "neo4j",
            "--neo4j-password", PASSWORD, "--sparql-endpoint", sparqlUrl()};

        CommandRun build = CommandRun.of(concat(new String[] {"build", "--docs", docs.toString(), "--data", data.toString()}, servers));

        assertEquals(0, build.exitCode(), build.err());
        assertFalse(Files.exists(data.resolve("tdb2")), "no TDB2 when a SPARQL store is given");
        assertFalse(Files.exists(data.resolve("neo4j")), "no embedded Neo4j when a server is given");
        assertEquals(Set.of("https://w3id.org/genai-kg/resource/doc/critics.md", "https://w3id.org/genai-kg/resource/doc/models.md",
                "https://w3id.org/genai-kg/resource/doc/topics/notes.md"), namedGraphsInFuseki());
        try (Neo4jGraphStore store = Neo4jGraphStore.open(neo4j.connectionSettings(), Neo4jStoreOptions.defaults())) {
            assertTrue(store.nodesPerKind().getOrDefault(NodeKind.MODEL, 0L) >= 2, store.nodesPerKind().toString());
            assertTrue(store.findNode("https://w3id.org/genai-kg/resource/model/shepherd").isPresent());
        }

        CommandRun verify = CommandRun.of(concat(new String[] {"verify", "--data", data.toString()}, servers));
        assertEquals(0, verify.exitCode(), verify.err());

        Path exported = dir.resolve("export.nt");
        Path fresh = dir.resolve("fresh.nt");
        assertEquals(0, CommandRun.of(concat(new String[] {"export", "--data", data.toString(), "--out", exported.toString()}, servers)).exitCode());
        assertEquals(0, CommandRun.of("build", "--docs", docs.toString(), "--out", fresh.toString()).exitCode());
        assertArrayEquals(ScenarioPages.read(fresh), ScenarioPages.read(exported));
    }

    private static String sparqlUrl() {
        return "http://127.0.0.1:" + fuseki.getPort() + "/kb";
    }

    private static Set<String> namedGraphsInFuseki() {
        Set<String> graphs = new TreeSet<>();
        try (RDFConnection connection = RDFConnection.connect(sparqlUrl())) {
            connection.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", row -> graphs.add(row.getResource("g").getURI()));
        }
        return graphs;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
