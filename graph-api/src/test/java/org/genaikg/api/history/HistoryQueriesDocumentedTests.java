package org.genaikg.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/history.md shows each query the history endpoints run, word for word, as a fenced block. */
class HistoryQueriesDocumentedTests {
    @ParameterizedTest
    @ValueSource(strings = {"HAS_HISTORY", "REVISIONS", "COMMITS_STARTING_WITH", "CHANGES", "STAYS", "GROWTH"})
    void docsHistoryShowsTheQuery(String name) throws Exception {
        String query = (String) HistoryQueries.class.getDeclaredField(name).get(null);
        String docs = read(Path.of("..", "docs", "history.md"));
        assertThat(docs.contains("```sparql-api\n" + query + "```\n") || docs.contains("```sparql-history\n" + query + "```\n"))
                .as("docs/history.md holds HistoryQueries.%s in a sparql block:%n%s", name, query).isTrue();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
