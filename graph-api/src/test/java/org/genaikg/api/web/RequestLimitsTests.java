package org.genaikg.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every body and query has a size limit, and what is over it is answered with problem details
 * (413 for a body, Tomcat's own status for a request line or header) before anything parses it.
 */
@TestPropertySource(properties = "kg.admin-token=limits-test-token")
class RequestLimitsTests extends TwoPagesApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int MB = 1 << 20;

    @Test
    void aSparqlBodyOverItsLimitIsRefusedBeforeItIsParsed() {
        // not SPARQL at all: a parser would answer 400
        HttpResponse<String> response = post("/sparql", "application/sparql-query", "x".repeat(MB + 1));

        assertProblem(response, 413, "/request-too-large");
    }

    @Test
    void aSparqlBodyWithinItsLimitIsParsed() {
        HttpResponse<String> response = post("/sparql", "application/sparql-query", "x".repeat(MB - 1));

        assertProblem(response, 400, "/query-rejected");
    }

    @Test
    void aChunkedBodyIsCutAtItsLimit() {
        byte[] body = "x".repeat(2 * MB).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(client().url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413, "/request-too-large");
    }

    @Test
    void aSparqlFormOverItsLimitIsRefused() {
        String form = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8) + "&padding=" + "x".repeat(3 * MB);
        HttpResponse<String> response = post("/sparql", "application/x-www-form-urlencoded", form);

        assertProblem(response, 413, "/request-too-large");
    }

    @Test
    void aCypherBodyOverItsLimitIsRefusedBeforeItIsParsed() {
        HttpResponse<String> response = post("/api/cypher", "application/json", "{\"query\": \"" + "x".repeat(64 * 1024) + "\"}");

        assertProblem(response, 413, "/request-too-large");
    }

    @Test
    void anUploadOverItsLimitIsRefused() {
        String boundary = "kglimits";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.md\"\r\n\r\n"
                + "# Big\n" + "x".repeat(5 * MB) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(client().url("/api/admin/pages?path=big.md")))
                .header("Authorization", "Bearer limits-test-token")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertProblem(response, 413, "/request-too-large");
    }

    @Test
    void aQueryStringOverTheLimitIsAProblemNotTomcatsHtmlPage() {
        HttpResponse<String> response = client().get("/sparql?query=" + "x".repeat(MB));

        assertProblem(response, 431, "/request-too-large");
        assertThat(ApiClient.json(response).path("detail").asString()).contains("8 KB");
    }

    @Test
    void aHeaderOverTheLimitIsAProblemToo() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(client().url("/api/stats")))
                .header("X-Padding", "x".repeat(64 * 1024)).GET());

        assertProblem(response, 431, "/request-too-large");
    }

    @Test
    void aMalformedRequestLineIsAProblemThatSaysWhy() throws IOException {
        // a raw socket: HttpClient would not send a space in the target
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /api/stats?q=a{b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("request-refused")
                    .doesNotContain("8 KB");
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("type").asString()).endsWith(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    private ApiClient client() {
        return new ApiClient(port);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return client().post(path, contentType, body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
