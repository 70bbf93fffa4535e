package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.genaikg.api.report.ReportPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kg report} on {@link ReportPages}: a paper listed twice, a broken link, a page that names nothing. */
class ReportCommandTest {
    @TempDir
    Path docs;

    private void writePages() {
        ReportPages.writeTo(docs);
    }

    @Test
    void listsBrokenLinksAndEveryCheckWithItsFindings() {
        writePages();

        CommandRun run = CommandRun.of("report", "--docs", docs.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                ": 3 pages",
                "Broken links: 1",
                "  papers.md:6: the link to old-list.md names no page of the knowledge base",
                "Papers listed on several pages: 1",
                "  Shepherd: A Critic for Language Model Generation [paper/arxiv-2308.04592], Critics [doc/critics.md], Papers [doc/papers.md]",
                "Pages that name nothing: 1",
                "[doc/empty.md]",
                "Possible duplicates: 0");
    }

    @Test
    void jsonGivesTheChecksOfTheApiAndTheBuildsProblems() {
        writePages();

        CommandRun run = CommandRun.of("report", "--docs", docs.toString(), "--json");

        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("brokenLinks").size()).isEqualTo(1);
        assertThat(report.path("checks").size()).isEqualTo(7);
        assertThat(report.path("checks").path(2).path("name").asString()).isEqualTo("papers-on-several-pages");
        assertThat(report.path("checks").path(2).path("findings").path(0).path("nodes").size()).isEqualTo(3);
    }

    @Test
    void aFolderWithoutPagesExitsOne() {
        CommandRun run = CommandRun.of("report", "--docs", docs.toString());

        assertThat(run.exitCode()).isEqualTo(KgCommand.NOTHING_BUILT);
        assertThat(run.err()).contains("no Markdown page");
    }
}
