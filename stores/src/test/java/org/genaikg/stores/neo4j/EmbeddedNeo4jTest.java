package org.genaikg.stores.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

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

    @Test
    void aBoltClientCannotReadAFileWithLoadCsv() throws IOException {
        Path secret = Files.writeString(data.resolve("secret.csv"), "the-secret-line\n", StandardCharsets.UTF_8);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            ClientException refused = assertThrows(ClientException.class,
                    () -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row").withParameters(
                            Map.of("url", secret.toUri().toString())).execute());
            assertTrue(refused.getMessage().contains("file"), refused.getMessage());
        }
    }

    @Test
    void aBoltClientCannotMakeTheServerFetchAUrlWithLoadCsv() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] csv = "a,b\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, csv.length);
            exchange.getResponseBody().write(csv);
            exchange.close();
        });
        web.start();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                String url = "http://" + host + ":" + web.getAddress().getPort() + "/x.csv";
                assertThrows(ClientException.class,
                        () -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row").withParameters(
                                Map.of("url", url)).execute(), url);
            }
        } finally {
            web.stop(0);
        }
        assertEquals(0, requests.get(), "the server fetched the URL");
    }
}
