package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.genaikg.pipeline.BuildReport;
import org.genaikg.stores.neo4j.SyncReport;

/** The text {@code kg build} prints after a build: what was found and what went wrong. */
final class BuildSummary {
    private final KnowledgeGraph graph;
    private final int problemsShown;

    BuildSummary(KnowledgeGraph graph, int problemsShown) {
        this.graph = graph;
        this.problemsShown = problemsShown;
    }

    String render(Path out, RdfFormat format, double seconds) {
        StringBuilder text = counts();
        text.append(String.format(Locale.ROOT, "wrote %s (%s) in %.1f s%n", out, format.extension(), seconds));
        return text.toString();
    }

    /** After a build into the stores: what was found, what was extracted again and what each store got. */
    String renderStores(BuildReport report, Path data, Path out, RdfFormat format, double seconds) {
        StringBuilder text = counts();
        line(text, "pages extracted again", report.pagesExtracted());
        line(text, "documents written", report.documentsWritten().size());
        line(text, "documents removed", report.documentsRemoved().size());
        SyncReport neo4j = report.neo4j();
        line(text, "neo4j nodes written", neo4j.nodesWritten());
        line(text, "neo4j nodes deleted", neo4j.nodesDeleted());
        line(text, "neo4j relationships written", neo4j.relationshipsWritten());
        line(text, "neo4j relationships deleted", neo4j.relationshipsDeleted());
        if (out != null) {
            text.append(String.format(Locale.ROOT, "wrote %s (%s)%n", out, format.extension()));
        }
        text.append(String.format(Locale.ROOT, "loaded %s in %.1f s (extraction %.1f s, rdf %.1f s, neo4j %.1f s)%n", data, seconds,
                report.extraction().toNanos() / 1e9, report.rdfWrite().toNanos() / 1e9, report.neo4jWrite().toNanos() / 1e9));
        return text.toString();
    }

    private StringBuilder counts() {
        StringBuilder text = new StringBuilder();
        line(text, "documents", graph.documents());
        line(text, "nodes", graph.nodes().size());
        for (NodeKind kind : NodeKind.values()) {
            line(text, "  " + kind.localName(), graph.nodesPerKind().getOrDefault(kind, 0L));
        }
        line(text, "edges", graph.edges().size());
        for (Relation relation : Relation.values()) {
            line(text, "  " + relation.localName(), graph.edgesPerRelation().getOrDefault(relation, 0L));
        }
        Map<Problem.Severity, Long> counts = problemCounts();
        line(text, "skipped files", counts.get(Problem.Severity.SKIPPED_FILE));
        line(text, "entries that gave nothing", counts.get(Problem.Severity.EMPTY_ENTRY));
        line(text, "broken links", counts.get(Problem.Severity.BROKEN_LINK));
        line(text, "warnings", counts.get(Problem.Severity.WARNING));
        text.append(problems());
        return text;
    }

    /**
     * Where the pages were read from and what was left out, each with why: the first lines of the
     * summary, so that a build of a repository says which of its folders it took.
     */
    static String layout(FolderPages pages) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-28s%s (%s)%n", "pages", pages.root(), pages.layout().why()));
        List<String> excluded = pages.excluded();
        long folders = excluded.stream().filter(p -> p.endsWith("/")).count();
        text.append(String.format(Locale.ROOT, "%-28s%s%s%n", "excluded", pages.layout().exclusions(), excluded.isEmpty() ? ""
                : String.format(Locale.ROOT, ": %d folder%s, %d page%s", folders, folders == 1 ? "" : "s",
                        excluded.size() - folders, excluded.size() - folders == 1 ? "" : "s")));
        return text.toString();
    }

    /** The problems as {@code path:line: reason} lines, the first few or all, with how many were left out. */
    String problems() {
        List<Problem> problems = graph.problems();
        StringBuilder text = new StringBuilder();
        problems.stream().limit(problemsShown)
                .forEach(p -> text.append("  ").append(label(p.severity())).append(' ').append(p).append(System.lineSeparator()));
        if (problems.size() > problemsShown) {
            text.append("  ... ").append(problems.size() - problemsShown).append(" more (--verbose lists them all)")
                    .append(System.lineSeparator());
        }
        return text.toString();
    }

    private Map<Problem.Severity, Long> problemCounts() {
        Map<Problem.Severity, Long> counts = new EnumMap<>(Problem.Severity.class);
        for (Problem.Severity severity : Problem.Severity.values()) {
            counts.put(severity, 0L);
        }
        graph.problems().forEach(p -> counts.merge(p.severity(), 1L, Long::sum));
        return counts;
    }

    private static String label(Problem.Severity severity) {
        return switch (severity) {
            case SKIPPED_FILE -> "skipped:";
            case EMPTY_ENTRY -> "nothing from:";
            case BROKEN_LINK -> "broken link:";
            case WARNING -> "warning:";
        };
    }

    private static void line(StringBuilder text, String name, long value) {
        text.append(String.format(Locale.ROOT, "%-28s%8d%n", name, value));
    }
}
