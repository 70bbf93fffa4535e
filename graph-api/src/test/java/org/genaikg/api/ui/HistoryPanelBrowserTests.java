package org.genaikg.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.history.ThreeCommitHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The node panel says when a node appeared, in the real explorer over a data folder a real {@code kg history} wrote. */
@ApiServerTest
class HistoryPanelBrowserTests {
    @TempDir
    static Path dir;
    private static ThreeCommitHistory history;
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void historyOfThreeCommits(DynamicPropertyRegistry registry) throws Exception {
        history = ThreeCommitHistory.write(dir);
        registry.add("kg.data-dir", history.data()::toString);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theNodePanelSaysInWhichCommitAndOnWhichDayANodeAppeared() {
        String second = history.commits().get(1);
        JsonNode added = ApiClient.json(new ApiClient(port).get("/api/history/changes?from=" + second)).path("added");
        String hubert = StreamSupport.stream(added.spliterator(), false)
                .filter(change -> "Model".equals(change.path("nodeClass").asString(null)) && "HuBERT".equals(change.path("label").asString(null)))
                .findFirst().orElseThrow().path("id").asString();
        browser = Browser.open(port, Browser.NO_WEBGL);
        browser.load("/?focus=" + hubert + "&node=" + hubert);
        browser.waitFor("#panel .node-label");
        assertThat(browser.waitFor("#panel .node-history").getText())
                .isEqualTo("Appeared in commit " + second.substring(0, 7) + " on 2024-01-10");
        browser.screenshot("history-node-panel");
    }
}
