package org.genaikg.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code /api/source}: lines around a line, and never anything outside the knowledge base. */
class SourceEndpointTests extends TwoPagesApiTest {
    @BeforeAll
    static void secretBesideTheKnowledgeBaseAndALinkToIt() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "not for the API\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("docs/escape.md"), dir.resolve("secret.txt"));
        try {
            new ProcessBuilder("mkfifo", dir.resolve("docs/pipe.md").toString()).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsRefusedNotRead() {
        // before: reading it blocked the request for ever
        HttpResponse<String> response = get("/api/source?path=pipe.md&line=1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("detail").asString()).contains("not a regular file (a FIFO)");
    }

    @Test
    void givesTheLinesAroundTheRequestedLine() {
        HttpResponse<String> response = get("/api/source?path=understanding/models.md&line=15&context=2");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode excerpt = ApiClient.json(response);
        assertThat(excerpt.path("from").asInt()).isEqualTo(13);
        assertThat(excerpt.path("to").asInt()).isEqualTo(17);
        assertThat(excerpt.path("lines").get(2).path("number").asInt()).isEqualTo(15);
        assertThat(excerpt.path("lines").get(2).path("text").asString())
                .isEqualTo("CLIP learns images from natural language supervision.");
    }

    @Test
    void parentSegmentsAreRejected() {
        HttpResponse<String> response = get("/api/source?path=understanding/../../secret.txt&line=1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("title").asString()).isEqualTo("Source path rejected");
    }

    @Test
    void absolutePathsAreRejected() {
        assertThat(get("/api/source?path=" + dir.resolve("secret.txt") + "&line=1").statusCode()).isEqualTo(400);
    }

    @Test
    void symbolicLinkLeadingOutsideIsForbidden() {
        HttpResponse<String> response = get("/api/source?path=escape.md&line=1");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("not for the API");
    }

    @ParameterizedTest
    @ValueSource(strings = {"line=-1", "line=0", "line=1&context=-1"})
    void aLineBelowOneOrANegativeContextIsABadRequest(String query) {
        HttpResponse<String> response = get("/api/source?path=understanding/models.md&" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("type").asString()).endsWith("/invalid-parameter");
    }

    @Test
    void missingFileIsNotFound() {
        assertThat(get("/api/source?path=understanding/nothing.md&line=1").statusCode()).isEqualTo(404);
    }

    HttpResponse<String> get(String url) {
        return new ApiClient(port).get(url);
    }
}
