package org.genaikg.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatsEndpointTests extends TwoPagesApiTest {
    @Test
    void countsNodesByClassAndEdgesByRelationOverAllDocumentGraphs() {
        JsonNode stats = ApiClient.json(new ApiClient(port).get("/api/stats"));
        assertThat(stats.path("documents").asInt()).isEqualTo(2);
        JsonNode classes = stats.path("classes");
        assertThat(classes.path("Model").asInt()).isEqualTo(4);
        assertThat(classes.path("Section").asInt()).isEqualTo(5);
        assertThat(classes.path("Concept").asInt()).isEqualTo(4);
        assertThat(classes.path("Modality").asInt()).isEqualTo(2);
        assertThat(classes.path("Article").asInt()).isEqualTo(1);
        JsonNode relations = stats.path("relations");
        assertThat(relations.path("mentions").asInt()).isEqualTo(15);
        assertThat(relations.path("hasModality").asInt()).isEqualTo(4);
        assertThat(relations.path("partOf").asInt()).isEqualTo(5);
        assertThat(relations.path("kindOf").asInt()).isEqualTo(1);
    }
}
