package org.genaikg.stores.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.genaikg.stores.neo4j.Neo4jConnectionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded Neo4j the stores start asks every Bolt client for the data folder's generated login. */
class BoltLoginTest {

    @TempDir
    Path data;

    @Test
    void theEmbeddedNeo4jRefusesAnonymousClientsAndAcceptsTheLoginKeptInTheDataFolder() throws IOException {
        Neo4jConnectionSettings connection;
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
            connection = kb.neo4jConnection();
            Path file = data.resolve(BoltCredentials.FILE_NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Files.readString(file).contains("NEO4J_PASSWORD=" + connection.password()));
            assertEquals("neo4j", connection.user());
            assertTrue(connection.password().length() >= 32);

            try (Driver anonymous = GraphDatabase.driver(connection.uri(), AuthTokens.none())) {
                assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
            }
            assertAnswers(connection);
        }
        // the next start keeps the same login
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, StoreSettings.defaults().withBoltPort(0))) {
            assertEquals(connection.password(), kb.neo4jConnection().password());
            assertAnswers(kb.neo4jConnection());
        }
    }

    @Test
    void aLoginFileOthersCouldReadIsMadeOwnerOnly() throws IOException {
        BoltCredentials made = BoltCredentials.loadOrCreate(data);
        Files.setPosixFilePermissions(made.file(), PosixFilePermissions.fromString("rw-r--r--"));

        BoltCredentials read = BoltCredentials.loadOrCreate(data);

        assertEquals(made.password(), read.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(read.file())));
        assertTrue(!read.toString().contains(read.password()));
    }

    private static void assertAnswers(Neo4jConnectionSettings connection) {
        try (Driver driver = GraphDatabase.driver(connection.uri(), AuthTokens.basic(connection.user(), connection.password()))) {
            assertEquals(1, driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong());
        }
    }
}
