package org.genaikg.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** A data folder that {@code kg history} never wrote: every history endpoint says so, with nothing in it (not an error). */
class HistoryEmptyStateTests extends TwoPagesApiTest {
    @ParameterizedTest
    @ValueSource(strings = {"/api/history/revisions", "/api/history/changes?from=abcdef1", "/api/history/nodes/model/llama-2",
            "/api/history/growth", "/api/history/timeline"})
    void answersThatThereIsNoHistory(String pathAndQuery) {
        HttpResponse<String> response = new ApiClient(port).get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = ApiClient.json(response);
        assertThat(answer.path("history").asBoolean(true)).isFalse();
        for (String list : new String[] {"revisions", "added", "removed", "stays", "months", "nodes", "edges"}) {
            if (answer.has(list)) {
                assertThat(answer.path(list).size()).as(list).isZero();
            }
        }
    }
}
