package org.genaikg.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.genaikg.api.ApiClient;
import org.genaikg.api.ApiServerTest;
import org.genaikg.api.cli.KgCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/history/*} on the real server over a data folder a real {@code kg history} wrote: three
 * commits written with JGit (a page with Shepherd, a page with HuBERT, the first page deleted).
 */
@ApiServerTest
class HistoryEndpointTests {
    private static final String MODELS = """
            # Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.
            """;
    private static final String SPEECH = """
            # Speech

            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;

    @TempDir
    static Path dir;
    private static final List<String> COMMITS = new ArrayList<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void historyOfThreeCommits(DynamicPropertyRegistry registry) throws Exception {
        Path repo = dir.resolve("repo");
        Path data = dir.resolve("data");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(repo);
            Files.writeString(repo.resolve("models.md"), MODELS, StandardCharsets.UTF_8);
            commit(git, 1, "models");
            Files.writeString(repo.resolve("speech.md"), SPEECH, StandardCharsets.UTF_8);
            commit(git, 2, "speech");
            Files.delete(repo.resolve("models.md"));
            commit(git, 3, "models goes");
        }
        StringWriter err = new StringWriter();
        CommandLine kg = KgCommand.commandLine();
        kg.setOut(new PrintWriter(new StringWriter(), true));
        kg.setErr(new PrintWriter(err, true));
        int exit = kg.execute("history", "--repo", repo.toString(), "--data", data.toString(), "--bolt-port", "0", "-q");
        assertThat(exit).as(err.toString()).isZero();
        registry.add("kg.data-dir", data::toString);
    }

    private static void commit(Git git, int day, String message) throws Exception {
        PersonIdent who = new PersonIdent("Writer", "writer@example.org", Instant.parse("2024-01-08T10:00:00Z").plusSeconds(86_400L * day),
                ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        COMMITS.add(git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName());
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
            assertThat(revisions.get(i).path("commit").asString()).isEqualTo(COMMITS.get(i));
            assertThat(revisions.get(i).path("date").asString()).contains("T10:00:00");
        }
        assertThat(revisions.get(0).path("date").asString()).startsWith("2024-01-09");
        assertThat(revisions.get(2).path("date").asString()).startsWith("2024-01-11");
        assertThat(revisions.get(2).path("message").asString()).isEqualTo("models goes");
    }

    @Test
    void aCommitsChangesAreItsNodesAndRelationsWithTheirPages() {
        JsonNode first = get("/api/history/changes?from=" + COMMITS.get(0).substring(0, 7));
        assertThat(first.path("from").asString()).isEqualTo(COMMITS.get(0));
        assertThat(first.path("to").asString()).isEqualTo(COMMITS.get(0));
        assertThat(first.path("removed").size()).isZero();
        JsonNode shepherd = node(first.path("added"), "Model", "Shepherd");
        assertThat(shepherd.path("pages").get(0).asString()).isEqualTo("models.md");
        assertThat(shepherd.path("commit").asString()).isEqualTo(COMMITS.get(0));
        assertThat(labels(first.path("added"), "HuBERT")).isEmpty();
        List<JsonNode> relations = StreamSupport.stream(first.path("added").spliterator(), false)
                .filter(change -> !change.path("relation").isNull()).toList();
        assertThat(relations).isNotEmpty();
        assertThat(relations).allSatisfy(relation -> {
            assertThat(relation.path("from").asString()).isNotEmpty();
            assertThat(relation.path("to").asString()).isNotEmpty();
        });
        assertThat(relations).anySatisfy(relation -> assertThat(relation.path("pages").get(0).asString()).isEqualTo("models.md"));

        JsonNode last = get("/api/history/changes?from=" + COMMITS.get(2));
        assertThat(last.path("added").size()).isZero();
        assertThat(node(last.path("removed"), "Model", "Shepherd").path("id").asString()).isEqualTo(shepherd.path("id").asString());
        assertThat(node(last.path("removed"), "Document", null).path("id").asString()).isEqualTo("doc/models.md");
        assertThat(labels(last.path("removed"), "HuBERT")).isEmpty();
    }

    @Test
    void aRangeHoldsTheChangesOfEachOfItsCommits() {
        JsonNode range = get("/api/history/changes?from=" + COMMITS.get(1).substring(0, 8) + "&to=" + COMMITS.get(2).substring(0, 8));
        assertThat(node(range.path("added"), "Model", "HuBERT").path("commit").asString()).isEqualTo(COMMITS.get(1));
        assertThat(node(range.path("removed"), "Model", "Shepherd").path("commit").asString()).isEqualTo(COMMITS.get(2));
        int separately = get("/api/history/changes?from=" + COMMITS.get(1)).path("added").size()
                + get("/api/history/changes?from=" + COMMITS.get(2)).path("added").size();
        assertThat(range.path("added").size()).isEqualTo(separately);
    }

    @Test
    void aNodesHistorySaysWhenItAppearedAndEachStay() {
        String shepherd = node(get("/api/history/changes?from=" + COMMITS.get(0)).path("added"), "Model", "Shepherd").path("id").asString();
        JsonNode history = get("/api/history/nodes/" + shepherd);
        assertThat(history.path("history").asBoolean()).isTrue();
        assertThat(history.path("id").asString()).isEqualTo(shepherd);
        assertThat(history.path("firstCommit").asString()).isEqualTo(COMMITS.get(0));
        assertThat(history.path("firstDate").asString()).startsWith("2024-01-09");
        JsonNode stays = history.path("stays");
        assertThat(stays.size()).isEqualTo(1);
        assertThat(stays.get(0).path("lastCommit").asString()).isEqualTo(COMMITS.get(1));
        assertThat(stays.get(0).path("removedCommit").asString()).isEqualTo(COMMITS.get(2));
        assertThat(stays.get(0).path("removedDate").asString()).startsWith("2024-01-11");
        assertThat(stays.get(0).path("nodeClass").asString()).isEqualTo("Model");
        assertThat(stays.get(0).path("pages").get(0).asString()).isEqualTo("models.md");

        String hubert = node(get("/api/history/changes?from=" + COMMITS.get(1)).path("added"), "Model", "HuBERT").path("id").asString();
        JsonNode stillThere = get("/api/history/nodes/" + hubert).path("stays").get(0);
        assertThat(stillThere.path("removedCommit").isNull()).isTrue();
        assertThat(stillThere.path("lastCommit").asString()).isEqualTo(COMMITS.get(2));
    }

    @Test
    void growthCountsWhatFirstAppearedPerMonth() {
        JsonNode growth = get("/api/history/growth");
        assertThat(growth.path("history").asBoolean()).isTrue();
        JsonNode months = growth.path("months");
        assertThat(months.size()).isEqualTo(1);
        JsonNode january = months.get(0);
        assertThat(january.path("month").asString()).isEqualTo("2024-01");
        JsonNode added = get("/api/history/changes?from=" + COMMITS.get(0) + "&to=" + COMMITS.get(2)).path("added");
        assertThat(january.path("models").asInt()).isGreaterThanOrEqualTo(2).isEqualTo(count(added, "Model"));
        assertThat(january.path("papers").asInt()).isEqualTo(2).isEqualTo(count(added, "Paper"));
        assertThat(january.path("concepts").asInt()).isEqualTo(count(added, "Concept"));
        long relations = StreamSupport.stream(added.spliterator(), false).filter(change -> !change.path("relation").isNull()).count();
        assertThat(january.path("relations").asLong()).isPositive().isEqualTo(relations);
    }

    @Test
    void badOrUnknownCommitsAndNodesAreClearErrors() {
        assertThat(status("/api/history/changes?from=xyz")).isEqualTo(400);
        assertThat(status("/api/history/changes?from=deadbeef")).isEqualTo(404);
        assertThat(status("/api/history/changes?from=" + COMMITS.get(2) + "&to=" + COMMITS.get(0))).isEqualTo(400);
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
