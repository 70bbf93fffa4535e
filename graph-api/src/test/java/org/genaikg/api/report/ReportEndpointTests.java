package org.genaikg.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ServedKnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/report} on what {@code kg serve} builds from two small pages that list the same
 * paper and link to a page that is not there.
 */
class ReportEndpointTests {
    static final String PAPERS = """
            # Papers

            ## Language models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique answers.

            See also [the old list](old-list.md).
            """;
    static final String CRITICS = """
            # Critics

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                A critic model.
            """;

    @TempDir
    static Path dir;

    static ServedKnowledgeBase served;

    @BeforeAll
    static void serve() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(docs.resolve("papers.md"), PAPERS, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("critics.md"), CRITICS, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("empty.md"), "# Nothing here yet\n\nTo be written.\n", StandardCharsets.UTF_8);
        served = ServedKnowledgeBase.start(Optional.of(docs), dir.resolve("data"), Duration.ofSeconds(10), Optional.empty());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void everyCheckIsThereInItsOrderWithWhatItMeans() {
        JsonNode checks = ApiClient.json(served.client().get("/api/report")).path("checks");

        assertThat(StreamSupport.stream(checks.spliterator(), false).map(c -> c.path("name").asString()).toList())
                .containsExactly("possible-duplicates", "one-name-two-classes", "papers-on-several-pages", "models-without-paper",
                        "models-without-modality", "concepts-outside-the-taxonomy", "pages-without-entities");
        for (JsonNode check : checks) {
            assertThat(check.path("title").asString()).isNotBlank();
            assertThat(check.path("description").asString()).isNotBlank();
            assertThat(check.path("count").asInt()).isEqualTo(check.path("findings").size());
        }
    }

    @Test
    void aPaperListedOnTwoPagesIsReportedWithBothPages() {
        JsonNode finding = check("papers-on-several-pages").path("findings").path(0);

        List<String> ids = StreamSupport.stream(finding.path("nodes").spliterator(), false).map(n -> n.path("id").asString()).toList();
        assertThat(ids).containsExactly("paper/arxiv-2308.04592", "doc/critics.md", "doc/papers.md");
        assertThat(served.client().get("/api/nodes/" + ids.get(0)).statusCode()).isEqualTo(200);
    }

    @Test
    void aPageThatNamesNothingIsReported() {
        JsonNode findings = check("pages-without-entities").path("findings");

        assertThat(StreamSupport.stream(findings.spliterator(), false).map(f -> f.path("nodes").path(0).path("id").asString()))
                .containsExactly("doc/empty.md");
    }

    @Test
    void theBrokenLinkIsAProblemOfTheLastBuildWithItsLine() {
        JsonNode problems = ApiClient.json(served.client().get("/api/stats")).path("lastBuild").path("problems");

        assertThat(StreamSupport.stream(problems.spliterator(), false)
                .filter(p -> p.path("kind").asString().equals("broken-link"))
                .map(p -> p.path("text").asString()))
                .containsExactly("papers.md:8: the link to old-list.md names no page of the knowledge base");
    }

    @Test
    void theLimitCutsFindingsNotCountsAndMustBePositive() {
        JsonNode limited = ApiClient.json(served.client().get("/api/report?limit=1")).path("checks");
        for (JsonNode check : limited) {
            assertThat(check.path("findings").size()).isLessThanOrEqualTo(1);
        }
        assertThat(served.client().get("/api/report?limit=0").statusCode()).isEqualTo(400);
    }

    private static JsonNode check(String name) {
        for (JsonNode check : ApiClient.json(served.client().get("/api/report")).path("checks")) {
            if (check.path("name").asString().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name);
    }
}
