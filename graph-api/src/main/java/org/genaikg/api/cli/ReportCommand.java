package org.genaikg.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.report.KnowledgeBaseReport;
import org.genaikg.api.report.KnowledgeBaseReport.Check;
import org.genaikg.api.report.KnowledgeBaseReport.Finding;
import org.genaikg.api.report.KnowledgeBaseReport.Report;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kg report}: what the writers of a knowledge base may want to tidy, without stores: the
 * broken links and entries that gave nothing, then the checks of {@code /api/report}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts DIR (no stores) and lists what its writers may want to tidy: broken links to pages, entries that gave "
                    + "nothing, possible duplicates, one name in two classes, papers listed on several pages, models without a "
                    + "paper or a modality, concepts outside the taxonomy, pages that name nothing. The same checks as /api/report."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:no page could be extracted", "2:bad arguments"})
final class ReportCommand implements Callable<Integer> {
    /** A finding's detail is a sentence of the page at most; longer ones are cut on the terminal. */
    static final int DETAIL_CHARS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "The knowledge-base folder to check.")
    Path docs;

    @Mixin
    PageSelection selection = new PageSelection();

    @Option(names = "--limit", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Findings listed per check; the counts are always whole (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print the report as the JSON of /api/report, with the build's problems.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Files extracted in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The JSON form: the build's problems, then the checks. */
    record JsonReport(List<String> brokenLinks, List<String> entriesThatGaveNothing, List<Check> checks) {}

    @Override
    public Integer call() {
        KnowledgeGraph graph = new Extractor(selection.options(threads))
                .extract(docs, ProgressListener.NONE);
        if (graph.documents() == 0) {
            spec.commandLine().getErr().println("kg report: no Markdown page under " + docs + " could be extracted");
            return KgCommand.NOTHING_BUILT;
        }
        Report report = KnowledgeBaseReport.of(GraphSnapshot.of(graph)).limitedTo(limit);
        List<String> brokenLinks = problems(graph, Problem.Severity.BROKEN_LINK);
        List<String> empty = problems(graph, Problem.Severity.EMPTY_ENTRY);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new JsonReport(brokenLinks, empty, report.checks())));
        } else {
            out.printf("%s: %d pages%n", docs, graph.documents());
            printProblems(out, "Broken links", brokenLinks);
            printProblems(out, "Entries that gave nothing", empty);
            report.checks().forEach(check -> printCheck(out, check));
        }
        out.flush();
        return 0;
    }

    private static List<String> problems(KnowledgeGraph graph, Problem.Severity severity) {
        return graph.problems().stream().filter(p -> p.severity() == severity).map(Problem::toString).toList();
    }

    private void printProblems(PrintWriter out, String title, List<String> problems) {
        out.printf("%n%s: %d%n", title, problems.size());
        problems.stream().limit(limit).forEach(p -> out.println("  " + p));
        more(out, problems.size());
    }

    private void printCheck(PrintWriter out, Check check) {
        out.printf("%n%s: %d%n", check.title(), check.count());
        for (Finding finding : check.findings()) {
            out.println("  " + finding.nodes().stream().map(n -> n.label() + " [" + n.id() + "]").collect(Collectors.joining(", "))
                    + (finding.detail() == null || finding.detail().isBlank() ? "" : " - " + shortened(finding.detail())));
        }
        more(out, check.count());
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= DETAIL_CHARS ? line : line.substring(0, DETAIL_CHARS - 1) + "…";
    }

    private void more(PrintWriter out, int count) {
        if (count > limit) {
            out.printf("  ... %d more (--limit)%n", count - limit);
        }
    }
}
