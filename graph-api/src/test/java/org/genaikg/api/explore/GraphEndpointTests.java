package org.genaikg.api.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/graph} and {@code /api/path}: Cytoscape.js elements. */
class GraphEndpointTests extends TwoPagesApiTest {
    @Test
    void focusGivesItsNeighboursAsCytoscapeElements() {
        JsonNode elements = graph("/api/graph?focus=model/llama-2&types=Model,Paper,Modality");
        assertThat(nodeIds(elements)).containsExactlyInAnyOrder(
                "model/llama-2", "model/llama", "paper/arxiv-2307.09288", "modality/text");
        JsonNode node = elements.path("nodes").get(0).path("data");
        assertThat(node.path("id").asString()).isEqualTo("model/llama-2");
        assertThat(node.path("label").asString()).isEqualTo("Llama 2");
        assertThat(node.path("type").asString()).isEqualTo("Model");
        assertThat(node.path("degree").asInt()).isEqualTo(4);
        assertThat(edgeIds(elements)).contains("model/llama-2 buildsOn model/llama");
        JsonNode edge = elements.path("edges").get(0).path("data");
        assertThat(edge.has("source") && edge.has("target") && edge.has("relation")).isTrue();
    }

    @Test
    void depthAndRelationsWidenAndNarrowTheNeighbourhood() {
        JsonNode oneHop = graph("/api/graph?focus=model/llama&relations=buildsOn,describedIn");
        assertThat(nodeIds(oneHop)).containsExactly("model/llama", "model/llama-2");
        JsonNode twoHops = graph("/api/graph?focus=model/llama&depth=2&relations=buildsOn,describedIn");
        assertThat(nodeIds(twoHops)).containsExactly("model/llama", "model/llama-2", "paper/arxiv-2307.09288");
    }

    @Test
    void withoutFocusTheWholeGraphFoldsSectionsIntoDocuments() {
        JsonNode whole = graph("/api/graph");
        assertThat(nodeIds(whole)).doesNotContain("section/understanding/models.md#language-models")
                .contains("doc/understanding/models.md", "model/clip", "modality/image");
        assertThat(edgeIds(whole)).contains(
                "doc/understanding/models.md mentions model/llama-2",
                "doc/understanding/architectures.md linksTo doc/understanding/models.md");
    }

    @Test
    void withoutFocusEveryNodeCarriesItsPlaceInTheServersLayout() {
        JsonNode whole = graph("/api/graph");

        Map<String, String> places = positions(whole);
        assertThat(places.keySet()).containsExactlyInAnyOrderElementsOf(nodeIds(whole));
        assertThat(places.values()).doesNotHaveDuplicates().allMatch(p -> p.matches("-?[0-9.]+,-?[0-9.]+"));
    }

    @Test
    void aFilteredWholeGraphKeepsEachNodeWhereTheFullOneHasIt() {
        Map<String, String> full = positions(graph("/api/graph"));

        Map<String, String> models = positions(graph("/api/graph?types=Model&relations=buildsOn"));
        assertThat(models).isNotEmpty();
        models.forEach((id, place) -> assertThat(place).as(id).isEqualTo(full.get(id)));
    }

    @Test
    void aFocusedNeighbourhoodComesWithoutPositions() {
        JsonNode around = graph("/api/graph?focus=model/llama-2");

        assertThat(around.path("nodes")).isNotEmpty().allSatisfy(n -> assertThat(n.has("position")).isFalse());
    }

    @Test
    void limitCapsTheWholeGraph() {
        assertThat(graph("/api/graph?limit=3").path("nodes").size()).isEqualTo(3);
    }

    @Test
    void unknownFocusIsNotFound() {
        assertThat(new ApiClient(port).get("/api/graph?focus=model/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void pathJoinsTwoNodesOverAnyRelationIgnoringDirection() {
        JsonNode path = graph("/api/path?from=model/clip&to=model/llama-2");
        assertThat(nodeIds(path)).containsExactly(
                "model/clip", "section/understanding/models.md#vision-models", "model/llama", "model/llama-2");
        assertThat(edgeIds(path)).containsExactly(
                "section/understanding/models.md#vision-models mentions model/clip",
                "section/understanding/models.md#vision-models mentions model/llama",
                "model/llama-2 buildsOn model/llama");
    }

    @Test
    void pathRespectsTheRelationFilter() {
        JsonNode path = graph("/api/path?from=model/gpt-4&to=model/llama-2&relations=hasModality");
        assertThat(nodeIds(path)).containsExactly("model/gpt-4", "modality/text", "model/llama-2");
    }

    @Test
    void noPathIsANotFoundProblem() {
        HttpResponse<String> response = new ApiClient(port).get("/api/path?from=model/clip&to=model/llama-2&relations=hasModality");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).path("title").asString()).isEqualTo("No path found");
    }

    JsonNode graph(String url) {
        HttpResponse<String> response = new ApiClient(port).get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiClient.json(response).path("elements");
    }

    static List<String> nodeIds(JsonNode elements) {
        return StreamSupport.stream(elements.path("nodes").spliterator(), false)
                .map(n -> n.path("data").path("id").asString())
                .toList();
    }

    /** Node id to {@code x,y}, for the nodes that carry a position. */
    static Map<String, String> positions(JsonNode elements) {
        Map<String, String> positions = new LinkedHashMap<>();
        for (JsonNode node : elements.path("nodes")) {
            JsonNode position = node.path("position");
            if (position.path("x").isNumber() && position.path("y").isNumber()) {
                positions.put(node.path("data").path("id").asString(),
                        position.path("x").asDouble() + "," + position.path("y").asDouble());
            }
        }
        return positions;
    }

    static List<String> edgeIds(JsonNode elements) {
        return StreamSupport.stream(elements.path("edges").spliterator(), false)
                .map(n -> n.path("data").path("id").asString())
                .toList();
    }
}
