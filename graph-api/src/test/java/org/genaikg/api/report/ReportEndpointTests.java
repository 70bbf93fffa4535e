package org.genaikg.api.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code GET /api/report} on what {@code kg serve} builds from {@link ReportPages}.
 */
class ReportEndpointTests {
    @TempDir
    static Path dir;

    static ServedKnowledgeBase served;

    @BeforeAll
    static void serve() {
        Path docs = ReportPages.writeTo(dir.resolve("kb"));
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
                .containsExactly("papers.md:6: the link to old-list.md names no page of the knowledge base");
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
