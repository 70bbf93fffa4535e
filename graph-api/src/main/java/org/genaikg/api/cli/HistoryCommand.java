package org.genaikg.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.Revision;
import org.genaikg.history.HistoryBuild;
import org.genaikg.history.HistorySource;
import org.genaikg.history.HistoryReport;
import org.genaikg.history.git.GitRepositoryException;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.walk.WalkListener;
import org.genaikg.stores.sync.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg history}: the graph of every commit of a git repository, and when each node and relation was there. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {
            "Walks the first-parent commits of a git repository (a folder, or a bundle file made by git bundle create), oldest first,",
            "builds the graph at each one incrementally (only the pages a commit changed are parsed again), and writes the last",
            "commit's graph into the stores of the data folder with its history: when every node and relation was there,",
            "each commit as a revision, each evidence with the commit it appeared in. No git program is needed.",
            "Prints one line per commit on stderr (its place, date, id, the pages it changed, what it did to the graph), and a summary.",
            "The graph of any commit walked is then one command away: kg export --as-of DATE|COMMIT."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the history was written", "1:the repository could not be read, or no commit is in the range", "2:bad arguments"})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--repo", required = true, paramLabel = "DIR|BUNDLE",
            description = "The git repository: a work tree, a bare repository, or a bundle file.")
    Path repo;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ./kg-data).")
    Path data;

    @Mixin
    RevisionRangeOptions revisions = new RevisionRangeOptions();

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Files extracted in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; errors only.")
    boolean quiet;

    @Override
    public Integer call() {
        RevisionRange range = revisions.range(spec);
        Path dataDir = StoreOptions.dataOrDefault(data);
        PrintWriter err = spec.commandLine().getErr();
        // one line per commit, terminal or not: a walk of hundreds of commits is worth a log
        WalkListener progress = quiet ? WalkListener.NONE : new HistoryProgress(err);
        try {
            HistoryReport report = walk(dataDir, repo, range, stores.settings(StoreOptions.ANY_FREE_PORT), threads, progress);
            if (!quiet) {
                spec.commandLine().getOut().print(summary(report, dataDir));
            }
            return 0;
        } catch (GitRepositoryException | HistoryBuild.NothingToWalk e) {
            err.println("kg history: " + e.getMessage());
            return KgCommand.NOTHING_BUILT;
        }
    }

    /** Walks {@code repo} into the stores of {@code dataDir} and records where it is (kg history, kg serve --repo). */
    static HistoryReport walk(Path dataDir, Path repo, RevisionRange range, StoreSettings stores, int threads, WalkListener progress) {
        HistoryReport report = new HistoryBuild(dataDir, new ExtractionOptions(threads, ExtractionOptions.DEFAULT_MAX_FILE_BYTES))
                .run(repo, range, stores, progress);
        // the explorer reads the pages as they were at a commit from it
        HistorySource.record(dataDir, repo);
        return report;
    }

    private static String summary(HistoryReport report, Path dataDir) {
        GraphHistory history = report.walk().history();
        Revision first = history.revisions().get(0);
        Revision last = history.last().orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "commits walked    %d (%s %s .. %s %s)%n", history.revisions().size(),
                first.shortId(), first.committedAt().toLocalDate(), last.shortId(), last.committedAt().toLocalDate()));
        out.append(String.format(Locale.ROOT, "nodes             %d now, %d ever%n", report.walk().last().nodes().size(), history.nodes().size()));
        out.append(String.format(Locale.ROOT, "relations         %d now, %d ever%n", report.walk().last().edges().size(), history.relations().size()));
        out.append(String.format(Locale.ROOT, "stays             %d%n", history.allStays().size()));
        for (HistoryReport.Phase phase : report.phases()) {
            out.append(String.format(Locale.ROOT, "%-17s %.1f s, peak heap %d MB%n", phase.name(), phase.time().toMillis() / 1000.0,
                    phase.peakHeapBytes() >> 20));
        }
        out.append("wrote the stores in ").append(dataDir).append(" and the commits' patches in ")
                .append(dataDir.resolve("history").resolve("patches")).append(System.lineSeparator());
        return out.toString();
    }

    /** One line per commit on a terminal: its place, date, id, the pages it changed and what it did to the graph. */
    static final class HistoryProgress implements WalkListener {
        private final PrintWriter err;

        HistoryProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void revisionDone(int done, int total, Revision revision, org.genaikg.history.git.PageChanges pages, GraphChange graph) {
            err.printf(Locale.ROOT, "commit %d of %d  %s %s  %d pages changed  nodes +%d -%d  relations +%d -%d%n", done, total,
                    revision.committedAt().toLocalDate(), revision.shortId(), pages.count(), graph.nodesAdded(), graph.nodesRemoved(),
                    graph.relationsAdded(), graph.relationsRemoved());
            err.flush();
        }
    }
}
