package org.genaikg.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health, metrics and the OpenAPI description. */
class OperationsEndpointTests extends TwoPagesApiTest {
    @Test
    void healthIsUp() {
        HttpResponse<String> response = new ApiClient(port).get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void requestMetricsAreExposed() {
        new ApiClient(port).get("/api/stats");
        assertThat(new ApiClient(port).get("/actuator/metrics/http.server.requests").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        HttpResponse<String> response = new ApiClient(port).get("/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi:", "/sparql", "/api/search", "/api/nodes/{id}", "/api/graph",
                "/api/path", "/api/source", "/api/export", "/api/stats", "/api/history/revisions", "/api/history/changes",
                "/api/history/nodes/{id}", "/api/history/growth", "/api/history/timeline", "/api/history/graph", "/api/history/pages/{commit}/{path}");
    }

    @Test
    void everyOperationSaysWhatItDoesWhatItTakesAndHowItFails() {
        JsonNode openApi = ApiClient.json(new ApiClient(port).get("/openapi"));
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String name = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = entry.getValue();
                operations++;
                if (operation.path("summary").asString("").isBlank() || operation.path("description").asString("").isBlank()) {
                    gaps.add(name + ": no summary or description");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("description").asString("").isBlank()) {
                        gaps.add(name + ": parameter " + parameter.path("name").asString() + " undescribed");
                    }
                }
                boolean documentsAnError = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().matches("[45]\\d\\d")) {
                        documentsAnError = true;
                        if (!response.getValue().path("content").has("application/problem+json")) {
                            gaps.add(name + ": " + response.getKey() + " is not a problem document");
                        }
                    }
                }
                if (!documentsAnError) {
                    gaps.add(name + ": no error response");
                }
            }
        }

        assertThat(operations).isGreaterThanOrEqualTo(10);
        assertThat(gaps).isEmpty();
        assertThat(openApi.path("components").path("schemas").path("Problem").path("properties").has("detail")).isTrue();
    }
}
