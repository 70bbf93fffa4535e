package org.genaikg.stores.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class EmbeddedNeo4jTest {

    @TempDir
    Path data;

    @Test
    void answersTheDriverOverBoltOnLoopbackWithoutAuth() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertTrue(neo4j.boltPort() > 0);
            assertEquals("bolt://127.0.0.1:" + neo4j.boltPort(), neo4j.boltUri().toString());
            long answer = driver.executableQuery("RETURN 40 + 2 AS answer").execute().records().get(0).get("answer").asLong();
            assertEquals(42, answer);
        }
        assertTrue(Files.isDirectory(data.resolve("neo4j").resolve("data")), "files live under DIR/neo4j");
    }

    @Test
    void withAPasswordRefusesAnonymousAndAcceptsTheUser() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0).withPassword("s3cret-pass"))) {
            try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
            }
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "s3cret-pass"))) {
                assertEquals(1, driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong());
            }
        }
    }

    @Test
    void startsOnAFolderGivenAsARelativePathWithDotSegments() {
        // kg serve's default data folder is ./kg-data: Neo4j refuses a home that is not normalized
        Path dotted = Path.of("").toAbsolutePath().relativize(data).resolve("./sub/../kg-data");
        EmbeddedNeo4jOptions options = EmbeddedNeo4jOptions.defaults(Path.of(".").resolve(dotted)).withBoltPort(0);
        assertEquals(data.resolve("kg-data").resolve("neo4j"), options.homeDir());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options);
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertEquals(1, driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong());
        }
    }
}
