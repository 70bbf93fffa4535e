package org.genaikg.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A query that runs past the (here tiny) timeout is stopped and reported as 503. */
@TestPropertySource(properties = "kg.sparql-timeout=300ms")
class SparqlTimeoutTests extends TwoPagesApiTest {
    /** Four-way cross product of every triple: billions of rows on the fixture. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void slowQueryIsStoppedWithAProblemDetail() {
        long start = System.nanoTime();
        HttpResponse<String> response =
                new ApiClient(port).get("/sparql?query=" + URLEncoder.encode(SLOW, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(ApiClient.json(response).path("detail").asString()).contains("300 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void slowQueryFailsJenasClientWithStatus503() {
        assertThatThrownBy(() -> {
            try (QueryExecution execution =
                    QueryExecutionHTTP.service("http://localhost:" + port + "/sparql").query(SLOW).build()) {
                execution.execSelect().hasNext();
            }
        }).isInstanceOfSatisfying(QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(503));
    }

    @Test
    void parsingIsInsideTheTimeout() {
        // just under the 1 MB limit of UNIONs: Jena's parser takes seconds over it
        StringBuilder unions = new StringBuilder("SELECT * WHERE { { ?s ?p ?o }");
        while (unions.length() < 1_000_000) {
            unions.append(" UNION { ?s ?p ?o }");
        }
        long start = System.nanoTime();

        HttpResponse<String> response = new ApiClient(port).post("/sparql", "application/sparql-query", unions + " }");

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("1 MB of UNIONs answered %d after %d ms (timeout 300 ms)%n", response.statusCode(), millis);
        // a slow parse runs into the timeout; a fast one (an idle machine) meets Jena's recursive planning, which
        // overflows the stack on this chain: either way a clear client error within the timeout, never a 500
        assertThat(response.statusCode()).as(response.body()).isIn(400, 503);
        assertThat(ApiClient.json(response).path("type").asString())
                .endsWith(response.statusCode() == 503 ? "/query-timed-out" : "/query-rejected");
        assertThat(millis).isLessThan(3_000);
    }

    @Test
    void quickQueryStillAnswersUnderTheSameTimeout() {
        try (QueryExecution execution = QueryExecutionHTTP.service("http://localhost:" + port + "/sparql")
                .query("ASK { ?s ?p ?o }")
                .build()) {
            assertThat(execution.execAsk()).isTrue();
        }
    }
}
