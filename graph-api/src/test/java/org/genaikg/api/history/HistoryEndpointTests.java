package org.genaikg.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/history/*} on the real server over a data folder a real {@code kg history} wrote
 * ({@link ThreeCommitHistory}: Shepherd's page, HuBERT's page, Shepherd's page deleted).
 */
@ApiServerTest
class HistoryEndpointTests {
    @TempDir
    static Path dir;
    private static List<String> commits;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void historyOfThreeCommits(DynamicPropertyRegistry registry) throws Exception {
        ThreeCommitHistory history = ThreeCommitHistory.write(dir);
        commits = history.commits();
        registry.add("kg.data-dir", history.data()::toString);
    }

    private JsonNode get(String pathAndQuery) {
        var response = new ApiClient(port).get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private int status(String pathAndQuery) {
        return new ApiClient(port).get(pathAndQuery).statusCode();
    }

    @Test
    void listsTheWalkedCommitsOldestFirst() {
        JsonNode answer = get("/api/history/revisions");
        assertThat(answer.path("history").asBoolean()).isTrue();
        JsonNode revisions = answer.path("revisions");
        assertThat(revisions.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(revisions.get(i).path("number").asInt()).isEqualTo(i + 1);
            assertThat(revisions.get(i).path("commit").asString()).isEqualTo(commits.get(i));
            assertThat(revisions.get(i).path("date").asString()).contains("T10:00:00");
        }
        assertThat(revisions.get(0).path("date").asString()).startsWith("2024-01-09");
        assertThat(revisions.get(2).path("date").asString()).startsWith("2024-01-11");
        assertThat(revisions.get(2).path("message").asString()).isEqualTo("models goes");
    }

    @Test
    void aCommitsChangesAreItsNodesAndRelationsWithTheirPages() {
        JsonNode first = get("/api/history/changes?from=" + commits.get(0).substring(0, 7));
        assertThat(first.path("from").asString()).isEqualTo(commits.get(0));
        assertThat(first.path("to").asString()).isEqualTo(commits.get(0));
        assertThat(first.path("removed").size()).isZero();
        JsonNode shepherd = node(first.path("added"), "Model", "Shepherd");
        assertThat(shepherd.path("pages").get(0).asString()).isEqualTo("models.md");
        assertThat(shepherd.path("commit").asString()).isEqualTo(commits.get(0));
        assertThat(labels(first.path("added"), "HuBERT")).isEmpty();
        List<JsonNode> relations = StreamSupport.stream(first.path("added").spliterator(), false)
                .filter(change -> !change.path("relation").isNull()).toList();
        assertThat(relations).isNotEmpty();
        assertThat(relations).allSatisfy(relation -> {
            assertThat(relation.path("from").asString()).isNotEmpty();
            assertThat(relation.path("to").asString()).isNotEmpty();
        });
        assertThat(relations).anySatisfy(relation -> assertThat(relation.path("pages").get(0).asString()).isEqualTo("models.md"));

        JsonNode last = get("/api/history/changes?from=" + commits.get(2));
        assertThat(last.path("added").size()).isZero();
        assertThat(node(last.path("removed"), "Model", "Shepherd").path("id").asString()).isEqualTo(shepherd.path("id").asString());
        assertThat(node(last.path("removed"), "Document", null).path("id").asString()).isEqualTo("doc/models.md");
        assertThat(labels(last.path("removed"), "HuBERT")).isEmpty();
    }

    @Test
    void aRangeHoldsTheChangesOfEachOfItsCommits() {
        JsonNode range = get("/api/history/changes?from=" + commits.get(1).substring(0, 8) + "&to=" + commits.get(2).substring(0, 8));
        assertThat(node(range.path("added"), "Model", "HuBERT").path("commit").asString()).isEqualTo(commits.get(1));
        assertThat(node(range.path("removed"), "Model", "Shepherd").path("commit").asString()).isEqualTo(commits.get(2));
        int separately = get("/api/history/changes?from=" + commits.get(1)).path("added").size()
                + get("/api/history/changes?from=" + commits.get(2)).path("added").size();
        assertThat(range.path("added").size()).isEqualTo(separately);
    }

    @Test
    void aCommitsChangesComeInPagesThatTogetherAreAllOfThem() {
        String from = "/api/history/changes?from=" + commits.get(0);
        JsonNode whole = get(from);
        assertThat(whole.path("next").isNull()).isTrue();
        List<String> all = ids(whole);
        assertThat(all.size()).isGreaterThan(6);

        List<String> paged = new java.util.ArrayList<>();
        int offset = 0;
        int pages = 0;
        while (true) {
            JsonNode page = get(from + "&limit=3&offset=" + offset);
            assertThat(page.path("offset").asInt()).isEqualTo(offset);
            assertThat(page.path("limit").asInt()).isEqualTo(3);
            paged.addAll(ids(page));
            pages++;
            if (page.path("next").isNull()) {
                break;
            }
            assertThat(ids(page)).hasSize(3);
            offset = page.path("next").asInt();
            assertThat(offset).isEqualTo(3 * pages);
        }
        assertThat(pages).isEqualTo((all.size() + 2) / 3);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void aPagesLimitIsCappedByTheQueryRowCapAndMustBePositive() {
        assertThat(get("/api/history/changes?from=" + commits.get(0) + "&limit=1000000").path("limit").asInt()).isEqualTo(10_000);
        assertThat(status("/api/history/changes?from=" + commits.get(0) + "&limit=0")).isEqualTo(400);
        assertThat(status("/api/history/changes?from=" + commits.get(0) + "&offset=-1")).isEqualTo(400);
    }

    /** The changes of a page in order: added, then removed, each as its node id or relation. */
    private static List<String> ids(JsonNode changes) {
        List<String> ids = new java.util.ArrayList<>();
        for (String list : List.of("added", "removed")) {
            changes.path(list).forEach(change -> ids.add(list + " " + (change.path("relation").isNull() ? change.path("id").asString()
                    : change.path("from").asString() + " " + change.path("relation").asString() + " " + change.path("to").asString())));
        }
        return ids;
    }

    @Test
    void aNodesHistorySaysWhenItAppearedAndEachStay() {
        String shepherd = node(get("/api/history/changes?from=" + commits.get(0)).path("added"), "Model", "Shepherd").path("id").asString();
        JsonNode history = get("/api/history/nodes/" + shepherd);
        assertThat(history.path("history").asBoolean()).isTrue();
        assertThat(history.path("id").asString()).isEqualTo(shepherd);
        assertThat(history.path("firstCommit").asString()).isEqualTo(commits.get(0));
        assertThat(history.path("firstDate").asString()).startsWith("2024-01-09");
        JsonNode stays = history.path("stays");
        assertThat(stays.size()).isEqualTo(1);
        assertThat(stays.get(0).path("lastCommit").asString()).isEqualTo(commits.get(1));
        assertThat(stays.get(0).path("removedCommit").asString()).isEqualTo(commits.get(2));
        assertThat(stays.get(0).path("removedDate").asString()).startsWith("2024-01-11");
        assertThat(stays.get(0).path("nodeClass").asString()).isEqualTo("Model");
        assertThat(stays.get(0).path("pages").get(0).asString()).isEqualTo("models.md");

        String hubert = node(get("/api/history/changes?from=" + commits.get(1)).path("added"), "Model", "HuBERT").path("id").asString();
        JsonNode stillThere = get("/api/history/nodes/" + hubert).path("stays").get(0);
        assertThat(stillThere.path("removedCommit").isNull()).isTrue();
        assertThat(stillThere.path("lastCommit").asString()).isEqualTo(commits.get(2));
    }

    @Test
    void growthCountsWhatFirstAppearedPerMonth() {
        JsonNode growth = get("/api/history/growth");
        assertThat(growth.path("history").asBoolean()).isTrue();
        JsonNode months = growth.path("months");
        assertThat(months.size()).isEqualTo(1);
        JsonNode january = months.get(0);
        assertThat(january.path("month").asString()).isEqualTo("2024-01");
        JsonNode added = get("/api/history/changes?from=" + commits.get(0) + "&to=" + commits.get(2)).path("added");
        assertThat(january.path("models").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(count(added, "Model"));
        assertThat(january.path("papers").asInt()).isEqualTo(2).isEqualTo(count(added, "Paper"));
        assertThat(january.path("concepts").asInt()).isEqualTo(count(added, "Concept"));
        long relations = StreamSupport.stream(added.spliterator(), false).filter(change -> !change.path("relation").isNull()).count();
        assertThat(january.path("relations").asLong()).isPositive().isEqualTo(relations);
    }

    @Test
    void theTimelineHoldsEveryNodeEverWithItsStaysAndPlace() {
        JsonNode timeline = get("/api/history/timeline");
        assertThat(timeline.path("history").asBoolean()).isTrue();
        JsonNode revisions = timeline.path("revisions");
        assertThat(revisions.size()).isEqualTo(3);
        assertThat(revisions.get(2).path("n").asInt()).isEqualTo(3);
        assertThat(revisions.get(2).path("commit").asString()).isEqualTo(commits.get(2));
        List<JsonNode> nodes = StreamSupport.stream(timeline.path("nodes").spliterator(), false).toList();
        JsonNode shepherd = nodes.stream().filter(n -> "Shepherd".equals(n.path("label").asString(null))).findFirst().orElseThrow();
        assertThat(shepherd.path("type").asString()).isEqualTo("Model");
        assertThat(shepherd.path("stays").toString()).isEqualTo("[[1,2]]");
        JsonNode hubert = nodes.stream().filter(n -> "HuBERT".equals(n.path("label").asString(null))).findFirst().orElseThrow();
        assertThat(hubert.path("stays").toString()).isEqualTo("[[2,null]]");
        assertThat(nodes).noneMatch(n -> "Section".equals(n.path("type").asString(null)))
                .allMatch(n -> n.path("position").has("x") && n.path("position").has("y"));
        List<String> ids = nodes.stream().map(n -> n.path("id").asString()).toList();
        JsonNode edges = timeline.path("edges");
        assertThat(edges.size()).isPositive();
        edges.forEach(edge -> {
            assertThat(ids).contains(edge.path("source").asString(), edge.path("target").asString());
            assertThat(edge.path("relation").asString()).isNotEqualTo("partOf");
        });
        assertThat(StreamSupport.stream(edges.spliterator(), false)
                .filter(e -> e.path("source").asString().equals("doc/models.md") && e.path("target").asString().equals(shepherd.path("id").asString())))
                .as("the page's mention of Shepherd, lifted from its section").singleElement()
                .satisfies(e -> assertThat(e.path("stays").toString()).isEqualTo("[[1,2]]"));
    }

    @Test
    void theGraphAsOfACommitOrADateHoldsWhatWasThereThen() {
        JsonNode second = get("/api/history/graph?asOf=" + commits.get(1).substring(0, 8));
        assertThat(second.path("history").asBoolean()).isTrue();
        assertThat(second.path("revision").path("commit").asString()).isEqualTo(commits.get(1));
        List<String> labels = StreamSupport.stream(second.path("nodes").spliterator(), false).map(n -> n.path("label").asString(null)).toList();
        assertThat(labels).contains("Shepherd", "HuBERT");
        List<String> ids = StreamSupport.stream(second.path("nodes").spliterator(), false).map(n -> n.path("id").asString()).toList();
        second.path("edges").forEach(edge -> assertThat(ids).contains(edge.path("source").asString(), edge.path("target").asString()));

        // the second commit is on 2024-01-10 at 10:00 UTC: a date means the last commit of that day or before it
        assertThat(get("/api/history/graph?asOf=2024-01-10").path("revision").path("commit").asString()).isEqualTo(commits.get(1));
        JsonNode last = get("/api/history/graph?asOf=2030-01-01");
        assertThat(last.path("revision").path("commit").asString()).isEqualTo(commits.get(2));
        assertThat(StreamSupport.stream(last.path("nodes").spliterator(), false).map(n -> n.path("label").asString(null)))
                .as("models.md went in the third commit").doesNotContain("Shepherd").contains("HuBERT");
        JsonNode first = get("/api/history/graph?asOf=2024-01-09T10:00:00Z");
        assertThat(StreamSupport.stream(first.path("nodes").spliterator(), false).map(n -> n.path("label").asString(null)))
                .contains("Shepherd").doesNotContain("HuBERT");

        assertThat(status("/api/history/graph?asOf=2024-01-01")).as("before the first commit").isEqualTo(404);
        assertThat(status("/api/history/graph?asOf=deadbeef")).isEqualTo(404);
        assertThat(status("/api/history/graph?asOf=not-a-date")).isEqualTo(400);
        assertThat(status("/api/history/graph")).isEqualTo(400);
    }

    @Test
    void aPageAsItWasAtACommitIsItsMarkdownAsPlainText() {
        var then = new ApiClient(port).get("/api/history/pages/" + commits.get(0).substring(0, 7) + "/models.md");
        assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
        assertThat(then.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(then.body()).isEqualTo(ThreeCommitHistory.MODELS);
        assertThat(new ApiClient(port).get("/api/history/pages/" + commits.get(1) + "/speech.md").body()).isEqualTo(ThreeCommitHistory.SPEECH);
        assertThat(status("/api/history/pages/" + commits.get(2) + "/models.md")).as("deleted by then").isEqualTo(404);
        assertThat(status("/api/history/pages/beef/models.md")).isEqualTo(404);
        assertThat(status("/api/history/pages/xyz/models.md")).isEqualTo(400);
    }

    @Test
    void badOrUnknownCommitsAndNodesAreClearErrors() {
        assertThat(status("/api/history/changes?from=xyz")).isEqualTo(400);
        assertThat(status("/api/history/changes?from=deadbeef")).isEqualTo(404);
        assertThat(status("/api/history/changes?from=" + commits.get(2) + "&to=" + commits.get(0))).isEqualTo(400);
        assertThat(status("/api/history/changes")).isEqualTo(400);
        assertThat(status("/api/history/nodes/model/never-there")).isEqualTo(404);
    }

    private static JsonNode node(JsonNode changes, String nodeClass, String label) {
        return StreamSupport.stream(changes.spliterator(), false)
                .filter(change -> nodeClass.equals(change.path("nodeClass").asString(null)))
                .filter(change -> label == null || label.equals(change.path("label").asString(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + nodeClass + " " + label + " in " + changes));
    }

    private static List<String> labels(JsonNode changes, String label) {
        return StreamSupport.stream(changes.spliterator(), false).map(change -> change.path("label").asString(""))
                .filter(label::equals).toList();
    }

    private static int count(JsonNode changes, String nodeClass) {
        return (int) StreamSupport.stream(changes.spliterator(), false)
                .filter(change -> nodeClass.equals(change.path("nodeClass").asString(null))).count();
    }
}
