package org.genaikg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.genaikg.api.build.GraphBuilds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;

/** The plain way to start the API that the CLI's {@code serve} will use. */
class GraphApiApplicationTests {
    @TempDir
    Path dir;

    @Test
    void runServesTheSuppliedDatasetAndLeavesItOpen() {
        TestKnowledgeBase.load(dir.resolve("data"), dir.resolve("docs"));
        Dataset dataset = TDB2Factory.connectDataset(dir.resolve("data/tdb2").toString());
        try (ConfigurableApplicationContext app = GraphApiApplication.run(dataset, dir.resolve("docs"), "--server.port=0")) {
            assertThat(app.getBean(Dataset.class)).isSameAs(dataset);
            ApiClient client = new ApiClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            assertThat(ApiClient.json(client.get("/api/stats")).path("documents").asInt()).isEqualTo(2);
            assertThat(client.get("/api/source?path=understanding/models.md&line=1").statusCode()).isEqualTo(200);
        }
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().size())).isEqualTo(2);
    }

    @Test
    void settingsHandedOverInCodeAreNoCommandLineAndItsSecretsAreNotPrinted() {
        TestKnowledgeBase.load(dir.resolve("data"), dir.resolve("docs"));
        Dataset dataset = TDB2Factory.connectDataset(dir.resolve("data/tdb2").toString());
        Map<String, Object> settings = Map.of("server.port", 0, "server.address", "127.0.0.1",
                "kg.admin-token", "the-admin-token", "kg.neo4j.user", "neo4j", "kg.neo4j.password", "the-neo4j-password");
        try (ConfigurableApplicationContext app = GraphApiApplication.run(dataset, dir.resolve("docs"), GraphBuilds.NONE, settings)) {
            KgProperties properties = app.getBean(KgProperties.class);
            assertThat(properties.adminToken()).isEqualTo("the-admin-token");
            assertThat(properties.neo4j().password()).isEqualTo("the-neo4j-password");
            assertThat(app.getEnvironment().getPropertySources().contains(
                    CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)).isFalse();
            assertThat(properties.toString()).doesNotContain("the-admin-token", "the-neo4j-password");
            assertThat(new ApiClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).get("/api/stats")
                    .statusCode()).isEqualTo(200);
        }
    }
}
