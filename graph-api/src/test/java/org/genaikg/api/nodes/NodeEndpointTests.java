package org.genaikg.api.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NodeEndpointTests extends TwoPagesApiTest {
    @Test
    void shortIdGivesTheNodeWithNamesPropertiesAndProvenance() {
        JsonNode node = ApiClient.json(new ApiClient(port).get("/api/nodes/model/llama"));
        assertThat(node.path("iri").asString()).isEqualTo("https://w3id.org/genai-kg/resource/model/llama");
        assertThat(node.path("type").asString()).isEqualTo("Model");
        assertThat(node.path("label").asString()).isEqualTo("LLaMA");
        assertThat(node.path("aliases").toString()).isEqualTo("[\"LLama\"]");
        JsonNode provenance = node.path("provenance");
        // the card's sentence that it builds on, and the two sentences that name it
        assertThat(provenance.size()).isEqualTo(3);
        assertThat(provenance).allSatisfy(p -> assertThat(p.path("path").asString()).isEqualTo("understanding/models.md"));
        JsonNode released = StreamSupport.stream(provenance.spliterator(), false)
                .filter(p -> p.path("line").asInt() == 17).findFirst().orElseThrow();
        assertThat(released.path("text").asString()).isEqualTo("LLama was released by Meta.");
        assertThat(released.path("rule").asString()).isEqualTo("mention");
    }

    @Test
    void relationsAreGroupedByTypeInAndOutWithTheOtherEndsLabelAndType() {
        JsonNode node = ApiClient.json(new ApiClient(port).get("/api/nodes/model/llama-2"));
        JsonNode buildsOn = node.path("outgoing").path("buildsOn").get(0);
        assertThat(buildsOn.path("id").asString()).isEqualTo("model/llama");
        assertThat(buildsOn.path("label").asString()).isEqualTo("LLaMA");
        assertThat(buildsOn.path("type").asString()).isEqualTo("Model");
        assertThat(buildsOn.path("provenance").get(0).path("rule").asString()).isEqualTo("builds-on-phrase");
        assertThat(node.path("outgoing").path("describedIn").get(0).path("type").asString()).isEqualTo("Paper");
        JsonNode mentionedBy = node.path("incoming").path("mentions").get(0);
        assertThat(mentionedBy.path("type").asString()).isEqualTo("Section");
        assertThat(mentionedBy.path("label").asString()).isEqualTo("Text Models");
    }

    @Test
    void literalPropertiesAreKeyedByPrefixedName() {
        JsonNode node = ApiClient.json(new ApiClient(port).get("/api/nodes/paper/arxiv-2307.09288"));
        assertThat(node.path("properties").path("gkg:arxivId").get(0).asString()).isEqualTo("2307.09288");
        assertThat(node.path("properties").path("gkg:year").get(0).asString()).isEqualTo("2023");
        assertThat(node.path("properties").path("schema:url").get(0).asString())
                .isEqualTo("https://arxiv.org/abs/2307.09288");
    }

    @Test
    void fullIriWorksAsId() {
        HttpResponse<String> response =
                new ApiClient(port).get("/api/nodes/https://w3id.org/genai-kg/resource/concept/attention");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).path("label").asString()).isEqualTo("Attention");
    }

    @Test
    void sectionIdWithAnEncodedAnchorWorks() {
        HttpResponse<String> response =
                new ApiClient(port).get("/api/nodes/section/understanding/models.md%23vision-models");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).path("label").asString()).isEqualTo("Vision Models");
    }

    @Test
    void unknownIdIsNotFoundProblem() {
        HttpResponse<String> response = new ApiClient(port).get("/api/nodes/model/no-such-model");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("title").asString()).isEqualTo("Node not found");
        assertThat(problem.path("type").asString()).endsWith("/node-not-found");
        assertThat(problem.path("detail").asString()).contains("model/no-such-model");
    }
}
