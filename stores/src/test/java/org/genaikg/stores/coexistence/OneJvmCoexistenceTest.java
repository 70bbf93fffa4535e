package org.genaikg.stores.coexistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.Neo4jStoreOptions;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embedded Neo4j server, its driver, Jena TDB2 and a Spring Boot web application run in one
 * JVM on one classpath (Boot's BOM, Netty held at 4.1): no child JVM is needed.
 */
class OneJvmCoexistenceTest {

    @TempDir
    Path data;

    @SpringBootApplication
    @RestController
    static class TinyApp {
        @GetMapping("/ping")
        Map<String, String> ping() {
            return Map.of("status", "up");
        }
    }

    @Test
    void neo4jJenaAndSpringBootWebServeSideBySide() throws Exception {
        SpringApplication app = new SpringApplication(TinyApp.class);
        app.setDefaultProperties(Map.of("server.port", "0", "server.address", "127.0.0.1", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext spring = app.run();
                EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
                Neo4jGraphStore graph = Neo4jGraphStore.open(neo4j.connectionSettings(), Neo4jStoreOptions.defaults());
                TdbGraphStore rdf = TdbGraphStore.open(data)) {
            int port = ((WebServerApplicationContext) spring).getWebServer().getPort();
            HttpResponse<String> ping = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, ping.statusCode());
            assertEquals(Map.of(), graph.nodesPerKind());
            assertEquals(0, rdf.countTriples());
        }
    }
}
