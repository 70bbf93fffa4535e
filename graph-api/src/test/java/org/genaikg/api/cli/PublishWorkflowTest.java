package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genaikg.api.publish.StaticPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example GitHub Actions workflow cannot run here; its {@code kg publish} command can: taken
 * from the file as written, with the workflow's expressions given values and its folders moved
 * into a temporary folder, on the two-pages fixture.
 */
class PublishWorkflowTest {
    static final Path WORKFLOW = Path.of("..", "docs", "github-actions", "publish-graph.yml");

    @TempDir
    Path dir;

    @Test
    void theWorkflowsPublishCommandRunsAsWritten() throws IOException {
        String line = Files.readAllLines(WORKFLOW).stream().map(String::strip)
                .filter(l -> l.startsWith("./kg publish ")).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(Arrays.asList(line
                .replace("${{ github.repository_owner }}", "org")
                .replace("${{ github.event.repository.name }}", "kb")
                .replace("${{ github.repository }}", "org/kb")
                .replace("${{ github.sha }}", "0123abc")
                .substring("./kg ".length()).split("\\s+")));
        assertThat(args).doesNotContain("${{");
        replaceValue(args, "--docs", PublishCommandTest.PAGES.toString());
        replaceValue(args, "--out", dir.resolve("site/graph").toString());
        replaceValue(args, "--site-graph", dir.resolve("site/graph.json").toString());

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("site/graph/index.html")).exists();
        assertThat(dir.resolve("site/graph").resolve(StaticPaths.SITE)).content()
                .contains("\"baseUrl\":\"https://org.github.io/kb/graph/\"", "\"sourceUrl\":\"https://github.com/org/kb/blob/0123abc/docs/\"");
        assertThat(dir.resolve("site/graph.json")).exists();
    }

    private static void replaceValue(List<String> args, String option, String value) {
        int at = args.indexOf(option);
        assertThat(at).as(option + " in the workflow's command").isNotNegative();
        args.set(at + 1, value);
    }
}
