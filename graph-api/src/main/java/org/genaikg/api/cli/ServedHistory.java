package org.genaikg.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.history.HistoryBuild;
import org.genaikg.history.HistoryReport;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.walk.PatchLog;
import org.genaikg.ontology.History;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.tdb.TdbGraphStore;

/**
 * The history {@code kg serve --repo} serves: walked into the data folder as {@code kg history} walks it, unless
 * the folder already holds the history of the same commits of the same repository (a restart is then quick),
 * and served from the last commit's pages, written out beside it.
 */
final class ServedHistory {
    private ServedHistory() {}

    /**
     * Walks {@code repo} into {@code dataDir} unless the history there is the one asked for, saying on {@code err}
     * which it did; returns the folder of the last commit's pages.
     *
     * @param stores where the walk writes the graph (the embedded Neo4j of the walk on a free port)
     * @throws org.genaikg.history.git.GitRepositoryException when the repository cannot be read
     * @throws HistoryBuild.NothingToWalk when no commit is in the range
     */
    static Path prepare(Path dataDir, Path repo, RevisionRange range, StoreSettings stores, int threads, PrintWriter err) {
        HistoryBuild history = new HistoryBuild(dataDir, new ExtractionOptions(threads, ExtractionOptions.DEFAULT_MAX_FILE_BYTES));
        Optional<PatchLog.Entry> kept = history.upToDate(repo, range).filter(entry -> storesHoldHistory(dataDir));
        if (kept.isPresent()) {
            err.printf("kg serve: %s already holds the history of %s up to commit %s (%s); not walked again%n", dataDir,
                    repo, shortId(kept.get().commitId()), kept.get().committedAt().toLocalDate());
        } else {
            err.printf("kg serve: walking the history of %s into %s%n", repo, dataDir);
            err.flush();
            HistoryReport report = HistoryCommand.walk(dataDir, repo, range, stores, threads, new HistoryCommand.HistoryProgress(err));
            err.printf("kg serve: walked %d commits%n", report.walk().history().revisions().size());
        }
        err.flush();
        return HistoryBuild.checkout(dataDir);
    }

    /** Whether TDB2 still holds the history: a build of pages into the folder since removed it. */
    private static boolean storesHoldHistory(Path dataDir) {
        if (!Files.isDirectory(dataDir.resolve("tdb2"))) {
            return false;
        }
        try (TdbGraphStore tdb = TdbGraphStore.open(dataDir)) {
            Node graph = NodeFactory.createURI(History.GRAPH);
            return Txn.calculateRead(tdb.dataset(), () -> tdb.dataset().containsGraph(graph));
        }
    }

    private static String shortId(String commitId) {
        return commitId.substring(0, Math.min(7, commitId.length()));
    }
}
