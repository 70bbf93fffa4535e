package org.genaikg.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.TestKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Health, metrics and the OpenAPI description. */
@ApiServerTest
class OperationsEndpointTests {
    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void knowledgeBase(DynamicPropertyRegistry registry) {
        TestKnowledgeBase.register(registry, dir);
    }

    @LocalServerPort
    int port;

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
                "/api/path", "/api/source", "/api/export", "/api/stats");
    }
}
