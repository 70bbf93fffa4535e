package org.genaikg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

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
}
