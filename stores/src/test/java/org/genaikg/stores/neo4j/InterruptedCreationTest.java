package org.genaikg.stores.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.genaikg.stores.files.StoreFolder;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A store whose first creation was cut short (a kill while Neo4j wrote its system database) is
 * recognised by its missing marker and made anew; a store that was created and then cannot be
 * opened is not touched, and the failure says why on one line.
 */
class InterruptedCreationTest {

    @TempDir
    Path data;

    @Test
    void aNeo4jFolderWhoseFirstCreationNeverFinishedIsMadeAnew() throws IOException {
        EmbeddedNeo4jOptions options = EmbeddedNeo4jOptions.defaults(data).withBoltPort(0);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options)) {
            assertTrue(Files.exists(options.homeDir().resolve(StoreFolder.CREATED)), "marked once created");
        }
        // what a kill during the first creation leaves: store files without their transaction logs, and no marker
        Files.delete(options.homeDir().resolve(StoreFolder.CREATED));
        deleteTree(options.homeDir().resolve("data").resolve("transactions"));

        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options);
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertEquals(1, driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong());
            assertTrue(Files.exists(options.homeDir().resolve(StoreFolder.CREATED)));
        }
    }

    @Test
    void aCreatedNeo4jFolderThatCannotStartIsKeptAndTheReasonIsOneLine() throws IOException {
        EmbeddedNeo4jOptions options = EmbeddedNeo4jOptions.defaults(data).withBoltPort(0);
        EmbeddedNeo4j.start(options).close();
        deleteTree(options.homeDir().resolve("data").resolve("transactions"));

        Neo4jStartFailure failure = assertThrows(Neo4jStartFailure.class, () -> EmbeddedNeo4j.start(options));

        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Transaction logs are missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("delete it"), failure.getMessage());
        assertTrue(Files.exists(options.homeDir().resolve("data").resolve("databases")), "a created store is never deleted by us");
    }

    @Test
    void aTdb2FolderWhoseFirstCreationNeverFinishedIsMadeAnew() throws IOException {
        Path tdb2 = data.resolve("tdb2");
        Files.createDirectories(tdb2.resolve("Data-0001"));
        // a cut-short creation: the node table's files there, empty or half-written
        Files.write(tdb2.resolve("Data-0001").resolve("nodes.dat"), new byte[] {1, 2, 3});
        Files.write(tdb2.resolve("Data-0001").resolve("nodes.idn"), new byte[0]);
        Files.write(tdb2.resolve("Data-0001").resolve("nodes-data.bpt"), new byte[] {7});

        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            assertTrue(Files.exists(tdb2.resolve(StoreFolder.CREATED)));
        }
        try (TdbGraphStore again = TdbGraphStore.open(data)) {
            assertTrue(Files.exists(tdb2.resolve(StoreFolder.CREATED)));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
