package org.genaikg.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.TestKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@ApiServerTest
class StatsEndpointTests {
    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void knowledgeBase(DynamicPropertyRegistry registry) {
        TestKnowledgeBase.register(registry, dir);
    }

    @LocalServerPort
    int port;

    @Test
    void countsNodesByClassAndEdgesByRelationOverAllDocumentGraphs() {
        JsonNode stats = ApiClient.json(new ApiClient(port).get("/api/stats"));
        assertThat(stats.path("documents").asInt()).isEqualTo(2);
        JsonNode classes = stats.path("classes");
        assertThat(classes.path("Model").asInt()).isEqualTo(4);
        assertThat(classes.path("Section").asInt()).isEqualTo(3);
        assertThat(classes.path("Concept").asInt()).isEqualTo(3);
        assertThat(classes.path("Modality").asInt()).isEqualTo(3);
        assertThat(classes.path("Article").asInt()).isZero();
        JsonNode relations = stats.path("relations");
        assertThat(relations.path("mentions").asInt()).isEqualTo(10);
        assertThat(relations.path("hasModality").asInt()).isEqualTo(4);
        assertThat(relations.path("partOf").asInt()).isEqualTo(3);
        assertThat(relations.path("kindOf").asInt()).isEqualTo(1);
    }
}
