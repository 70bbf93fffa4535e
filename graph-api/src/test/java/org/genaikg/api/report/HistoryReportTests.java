package org.genaikg.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.history.ThreeCommitHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The report's history checks on the real server over what a real {@code kg history} wrote from two commits
 * seventeen months apart: the second moves Shepherd's paper to another link, drops LLaMA's paper entry (LLaMA is
 * still named) and leaves the speech page alone.
 */
@ApiServerTest
class HistoryReportTests {
    private static final String LLAMA_ENTRY = """

            ??? note "[LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971)"
                LLaMA is a family of foundation language models.
            """;

    @TempDir
    static Path dir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void historyOfTwoCommits(DynamicPropertyRegistry registry) throws Exception {
        Path repo = dir.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("models.md"), ThreeCommitHistory.MODELS + LLAMA_ENTRY, StandardCharsets.UTF_8);
            Files.writeString(repo.resolve("speech.md"), ThreeCommitHistory.SPEECH, StandardCharsets.UTF_8);
            ThreeCommitHistory.commit(git, Instant.parse("2023-01-10T10:00:00Z"), "models and speech");
            Files.writeString(repo.resolve("models.md"), ThreeCommitHistory.MODELS.replace("2308.04592", "2308.04599"),
                    StandardCharsets.UTF_8);
            ThreeCommitHistory.commit(git, Instant.parse("2024-06-10T10:00:00Z"), "Shepherd's new link, LLaMA's entry goes");
        }
        ThreeCommitHistory.walk(repo, dir.resolve("data"));
        registry.add("kg.data-dir", dir.resolve("data")::toString);
    }

    private JsonNode check(String name) {
        JsonNode checks = ApiClient.json(new ApiClient(port).get("/api/report")).path("checks");
        return StreamSupport.stream(checks.spliterator(), false).filter(c -> c.path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }

    private static List<List<String>> nodeIds(JsonNode check) {
        return StreamSupport.stream(check.path("findings").spliterator(), false)
                .map(f -> StreamSupport.stream(f.path("nodes").spliterator(), false).map(n -> n.path("id").asString()).toList())
                .toList();
    }

    @Test
    void thePageNoCommitChangedForOverAYearIsReported() {
        JsonNode stale = check("pages-unchanged-for-a-year");

        assertThat(nodeIds(stale)).containsExactly(List.of("doc/speech.md"));
        assertThat(stale.path("findings").get(0).path("detail").asString()).contains("2023-01-10").contains("517 days");
    }

    @Test
    void anEntryWhoseLinkChangedIsReportedWithTheOldAndTheNewLink() {
        JsonNode changed = check("entries-whose-link-changed");

        assertThat(nodeIds(changed)).containsExactly(List.of("paper/arxiv-2308.04599", "paper/arxiv-2308.04592"));
        assertThat(changed.path("findings").get(0).path("detail").asString()).contains("2024-06-10");
    }

    @Test
    void aModelStillNamedWhosePaperEntryWentIsReported() {
        JsonNode lost = check("models-that-lost-their-paper");

        assertThat(nodeIds(lost)).hasSize(1);
        assertThat(nodeIds(lost).get(0).get(0)).startsWith("model/llama");
        assertThat(lost.path("findings").get(0).path("detail").asString())
                .contains("LLaMA: Open and Efficient Foundation Language Models").contains("2024-06-10");
    }

    @Test
    void theHistoryChecksComeAfterTheGraphsChecks() {
        JsonNode checks = ApiClient.json(new ApiClient(port).get("/api/report")).path("checks");

        assertThat(StreamSupport.stream(checks.spliterator(), false).map(c -> c.path("name").asString()).toList()).endsWith(
                "pages-unchanged-for-a-year", "entries-whose-link-changed", "models-that-lost-their-paper");
    }
}
