package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** {@code kg build --data}, {@code kg export} and {@code kg verify} on the default stores: TDB2 and an embedded Neo4j. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @Test
    void buildLoadsBothStoresAndExportEqualsTheDumpOfAFreshBuild() {
        Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
        Path data = dir.resolve("data");

        CommandRun build = CommandRun.of("build", "--docs", docs.toString(), "--data", data.toString(), "--bolt-port", "0");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("documents written"), build.out());
        assertTrue(Files.isDirectory(data.resolve("tdb2")) && Files.isDirectory(data.resolve("neo4j")));

        for (String extension : new String[] {"nt", "nq"}) {
            Path exported = dir.resolve("export." + extension);
            Path fresh = dir.resolve("fresh." + extension);
            assertEquals(0, CommandRun.of("export", "--data", data.toString(), "--bolt-port", "0", "--out", exported.toString()).exitCode());
            assertEquals(0, CommandRun.of("build", "--docs", docs.toString(), "--out", fresh.toString()).exitCode());
            assertArrayEquals(ScenarioPages.read(fresh), ScenarioPages.read(exported), extension);
        }
        CommandRun verify = CommandRun.of("verify", "--data", data.toString(), "--bolt-port", "0");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().contains("the stores agree"), verify.out());
    }

    @Test
    void verifyFailsAndNamesTheDifferenceWhenNeo4jLostANode() {
        Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
        Path data = dir.resolve("data");
        assertEquals(0, CommandRun.of("build", "--docs", docs.toString(), "--data", data.toString(), "--bolt-port", "0", "-q").exitCode());
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
            deleteShepherd(kb.neo4jConnection());
        }

        CommandRun verify = CommandRun.of("verify", "--data", data.toString(), "--bolt-port", "0");

        assertEquals(KgCommand.NOTHING_BUILT, verify.exitCode());
        assertTrue(verify.err().contains("nodes of class Model: RDF"), verify.err());
        assertTrue(verify.err().contains("model/shepherd: in RDF, not in Neo4j"), verify.err());
    }

    @Test
    void buildWithoutOutNorDataIsABadArgument() {
        Path docs = ScenarioPages.writeFirstVersion(dir.resolve("docs"));
        CommandRun run = CommandRun.of("build", "--docs", docs.toString());
        assertEquals(KgCommand.BAD_ARGUMENTS, run.exitCode());
        assertTrue(run.err().contains("--data"), run.err());
    }

    private static void deleteShepherd(Neo4jConnectionSettings connection) {
        try (Driver driver = GraphDatabase.driver(connection.uri(), AuthTokens.basic(connection.user(), connection.password()))) {
            driver.executableQuery("MATCH (n:Resource {iri: $iri}) DETACH DELETE n")
                    .withParameters(java.util.Map.of("iri", "https://w3id.org/genai-kg/resource/model/shepherd"))
                    .execute();
        }
    }
}
