package org.genaikg.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchEndpointTests extends TwoPagesApiTest {
    @Test
    void llamaFindsLlama2AndLlamaFirstWithTypeAndContext() {
        JsonNode hits = ApiClient.json(new ApiClient(port).get("/api/search?q=llama&types=Model"));
        assertThat(ids(hits)).containsExactly("model/llama", "model/llama-2");
        JsonNode first = hits.get(0);
        assertThat(first.path("type").asString()).isEqualTo("Model");
        assertThat(first.path("match").asString()).isEqualTo("exact");
        assertThat(first.path("context").asString()).isEqualTo("Llama 2: Open Foundation and Fine-Tuned Chat Models");
        assertThat(first.path("iri").asString()).isEqualTo("https://w3id.org/genai-kg/resource/model/llama");
    }

    @Test
    void aliasMatchNamesTheAlias() {
        JsonNode hits = ApiClient.json(new ApiClient(port).get("/api/search?q=Transformers"));
        assertThat(hits.get(0).path("id").asString()).isEqualTo("concept/transformer");
        assertThat(hits.get(0).path("matchedAlias").asString()).isEqualTo("Transformers");
    }

    @Test
    void misspelledNameIsFoundFuzzily() {
        JsonNode hits = ApiClient.json(new ApiClient(port).get("/api/search?q=Transfomer"));
        assertThat(ids(hits)).first().isEqualTo("concept/transformer");
    }

    @Test
    void limitCutsTheList() {
        assertThat(ApiClient.json(new ApiClient(port).get("/api/search?q=l&limit=1")).size()).isEqualTo(1);
    }

    @Test
    void unknownTypeIsABadRequest() {
        assertThat(new ApiClient(port).get("/api/search?q=llama&types=Spaceship").statusCode()).isEqualTo(400);
    }

    @Test
    void missingQueryIsABadRequestProblem() {
        var response = new ApiClient(port).get("/api/search");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    static List<String> ids(JsonNode hits) {
        return StreamSupport.stream(hits.spliterator(), false).map(hit -> hit.path("id").asString()).toList();
    }
}
