package org.genaikg.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A burst of slow queries takes at most the query workers; the rest of the API keeps answering, and
 * the queries past the workers and the queue are told to come back later.
 */
@TestPropertySource(properties = {"kg.limits.query-workers=2", "kg.limits.query-queue=0", "kg.sparql-timeout=8s"})
class QueryWorkersTests extends TwoPagesApiTest {
    /** Four-way cross product of every triple: billions of rows on the fixture. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void aBurstOfSlowQueriesLeavesStatsAnsweringAndTheExcessIsToldToRetry() throws Exception {
        ApiClient client = new ApiClient(port);
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> client.get("/sparql?query=" + URLEncoder.encode(SLOW, StandardCharsets.UTF_8))));
        }
        // the burst has reached the server when the first refusals come back
        CompletableFuture.anyOf(burst.toArray(CompletableFuture[]::new)).get();

        long start = System.nanoTime();
        HttpResponse<String> stats = client.get("/api/stats");
        long statsMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("/api/stats during a burst of 8 slow queries on 2 workers: %d ms%n", statsMillis);
        assertThat(stats.statusCode()).isEqualTo(200);

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> query : burst) {
            answers.add(query.get());
        }
        List<HttpResponse<String>> refused = answers.stream()
                .filter(r -> ApiClient.json(r).path("type").asString().endsWith("/too-many-queries")).toList();
        assertThat(refused).hasSize(6);
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        }
        assertThat(answers).filteredOn(r -> ApiClient.json(r).path("type").asString().endsWith("/query-timed-out")).hasSize(2);
        assertThat(statsMillis).isLessThan(5_000);
    }
}
