package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.genaikg.api.ApiClient;
import org.genaikg.api.history.ThreeCommitHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code kg serve --repo} over a repository of three commits, on free ports: the first start walks the history
 * into an empty data folder and serves it; a second start on the same folder does not walk again and serves the
 * same history, with the last commit's pages as its source.
 */
class ServeRepositoryHistoryTest {
    @TempDir
    static Path dir;

    static ThreeCommitHistory fixture;
    static Path data;
    static Serving first;
    static JsonNode firstTimeline;
    static Serving second;
    static ApiClient client;

    /** One {@code kg serve} run in-process: its exit, what it printed on stderr, the address it printed first. */
    record Serving(Thread command, CompletableFuture<Integer> exit, StringWriter err, URI url) {
        static Serving start(String... args) throws Exception {
            PipedWriter out = new PipedWriter();
            BufferedReader lines = new BufferedReader(new PipedReader(out));
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            Thread command = new Thread(() -> {
                CommandLine commandLine = KgCommand.commandLine();
                commandLine.setOut(new PrintWriter(out, true));
                commandLine.setErr(new PrintWriter(err, true));
                exit.complete(commandLine.execute(args));
            }, "kg-serve-repo-under-test");
            command.start();
            String url = CompletableFuture.supplyAsync(() -> readLine(lines))
                    .get(ServeEndToEndTest.STARTUP.toSeconds(), TimeUnit.SECONDS);
            assertThat(url).as(err.toString()).isNotNull();
            return new Serving(command, exit, err, URI.create(url));
        }

        int stop() throws Exception {
            command.interrupt();
            return exit.get(60, TimeUnit.SECONDS);
        }
    }

    @BeforeAll
    static void serveTwice() throws Exception {
        fixture = ThreeCommitHistory.write(dir); // its own walk goes to dir/data: this one walks into an empty folder
        data = dir.resolve("served");
        first = Serving.start(serveRepo());
        firstTimeline = ApiClient.json(new ApiClient(first.url().getPort()).get("/api/history/timeline"));
        assertThat(first.stop()).as(first.err().toString()).isZero();
        second = Serving.start(serveRepo());
        client = new ApiClient(second.url().getPort());
    }

    private static String[] serveRepo() {
        return new String[] {"serve", "--repo", dir.resolve("repo").toString(), "--data", data.toString(), "--port", "0",
            "--bolt-port", "0", "--threads", "2"};
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            assertThat(second.stop()).as(second.err().toString()).isZero();
        }
    }

    @Test
    void theFirstStartWalksTheHistoryAndServesIt() {
        assertThat(first.err().toString()).contains("walking the history of").contains("walked 3 commits")
                .contains("commit 3 of 3");
        assertThat(firstTimeline.path("history").asBoolean()).isTrue();
        assertThat(firstTimeline.path("revisions").size()).isEqualTo(3);
    }

    @Test
    void aSecondStartOnTheSameDataFolderDoesNotWalkAgain() {
        assertThat(second.err().toString()).contains("not walked again").contains(fixture.commits().get(2).substring(0, 7))
                .doesNotContain("walking the history").doesNotContain("commit 1 of 3");
    }

    @Test
    void statsCountTheLastCommitsDocuments() {
        JsonNode stats = ApiClient.json(client.get("/api/stats"));
        assertThat(stats.path("status").asString()).isEqualTo("ready");
        assertThat(stats.path("documents").asInt()).isEqualTo(1); // speech.md: models.md went in the third commit
    }

    @Test
    void theTimelineHasTheHistoryOfThreeRevisions() {
        JsonNode timeline = ApiClient.json(client.get("/api/history/timeline"));
        assertThat(timeline.path("history").asBoolean()).isTrue();
        assertThat(timeline.path("revisions").size()).isEqualTo(3);
    }

    @Test
    void theRevisionsAreTheThreeCommitsOldestFirst() {
        JsonNode answer = ApiClient.json(client.get("/api/history/revisions"));
        assertThat(answer.path("history").asBoolean()).isTrue();
        List<String> commits = StreamSupport.stream(answer.path("revisions").spliterator(), false)
                .map(revision -> revision.path("commit").asString()).toList();
        assertThat(commits).isEqualTo(fixture.commits());
    }

    @Test
    void theSourceIsTheLastCommitsPages() {
        assertThat(client.get("/api/source?path=speech.md&line=3").body()).contains("HuBERT");
        assertThat(client.get("/api/source?path=models.md&line=1").statusCode()).isEqualTo(404);
    }

    @Test
    void aRebuildFromThePagesIsNotStarted() {
        JsonNode lastBuild = ApiClient.json(client.get("/api/stats")).path("lastBuild");
        assertThat(lastBuild.isNull() || lastBuild.isMissingNode()).as(lastBuild.toString()).isTrue();
        assertThat(second.err().toString()).doesNotContain("Built ");
    }

    @Test
    void repoWithDocsIsRefusedNamingBoth() {
        CommandRun run = CommandRun.of("serve", "--repo", dir.resolve("repo").toString(), "--docs", dir.resolve("repo").toString(),
                "--data", dir.resolve("refused").toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--repo and --docs");
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
