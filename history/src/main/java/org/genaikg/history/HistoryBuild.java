package org.genaikg.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.history.git.GitRepository;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.walk.HistoryWalk;
import org.genaikg.history.walk.PatchLog;
import org.genaikg.history.walk.WalkListener;
import org.genaikg.history.walk.WalkPageCache;
import org.genaikg.history.walk.WalkResult;
import org.genaikg.pipeline.BuildPipeline;
import org.genaikg.pipeline.BuildReport;
import org.genaikg.pipeline.ExtractedGraph;
import org.genaikg.pipeline.cache.DiskPageCache;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreSettings;

/**
 * {@code kg history}: walks a repository's first-parent commits, builds the graph at each one
 * incrementally ({@link HistoryWalk}), then writes the last commit's graph into the stores through
 * the build pipeline, as {@code kg build --data} would, with its history beside it. The exact graph
 * of every commit is kept as RDF patches in {@code dataDir/history/patches}.
 */
public final class HistoryBuild {
    private final Path dataDir;
    private final ExtractionOptions options;

    public HistoryBuild(Path dataDir, ExtractionOptions options) {
        this.dataDir = dataDir;
        this.options = options;
    }

    /** Where the patches of a data folder are. */
    public static PatchLog patches(Path dataDir) {
        return new PatchLog(dataDir.resolve("history").resolve("patches"));
    }

    /** Where the last walked commit's pages are written, for a server of the history to show their source. */
    public static Path checkout(Path dataDir) {
        return dataDir.resolve("history").resolve("checkout");
    }

    /**
     * The last revision of the history the data folder holds, when a walk of {@code repository} over
     * {@code range} would give it again: the same repository was walked, its patches name the same
     * commits and the last commit's pages are written out (whether the stores still hold the history,
     * which a build of pages since removes, is for their owner to ask). Empty when a walk is due.
     *
     * @throws org.genaikg.history.git.GitRepositoryException when the repository cannot be read
     */
    public Optional<PatchLog.Entry> upToDate(Path repository, RevisionRange range) {
        Path walked = repository.toAbsolutePath().normalize();
        if (!HistorySource.of(dataDir).map(walked::equals).orElse(false) || !Files.isDirectory(checkout(dataDir))) {
            return Optional.empty();
        }
        List<PatchLog.Entry> kept = patches(dataDir).revisions();
        List<String> due;
        try (GitRepository git = GitRepository.open(repository)) {
            due = git.revisions(range).stream().map(Revision::commitId).toList();
        }
        if (kept.isEmpty() || !due.equals(kept.stream().map(PatchLog.Entry::commitId).toList())) {
            return Optional.empty();
        }
        return Optional.of(kept.get(kept.size() - 1));
    }

    /**
     * Walks, then writes the stores.
     *
     * @throws org.genaikg.history.git.GitRepositoryException when the repository cannot be read
     * @throws NothingToWalk when no commit is in the range
     */
    public HistoryReport run(Path repository, RevisionRange range, StoreSettings settings, WalkListener listener) {
        Phases phases = new Phases();
        phases.start();
        WalkResult walked = walk(repository, range, listener, (result, pages) -> {
            PageCheckout.write(pages, checkout(dataDir), options);
            return result;
        });
        phases.end("walk");
        phases.start();
        BuildReport written;
        try (KnowledgeBaseStores stores = KnowledgeBaseStores.open(dataDir, settings)) {
            ExtractedGraph last = new ExtractedGraph(walked.last(), 0, Duration.ZERO);
            written = new BuildPipeline(dataDir, options).write(last, walked.history(), stores);
        }
        phases.end("stores");
        return new HistoryReport(walked, written, phases.list());
    }

    /**
     * Walks (the page cache and the patches in the data folder, as {@link #run} keeps them) and writes no
     * store: {@code then} is given the walk and the last revision's pages while the repository is open
     * ({@code kg publish --repo} publishes that revision with its history).
     *
     * @throws org.genaikg.history.git.GitRepositoryException when the repository cannot be read
     * @throws NothingToWalk when no commit is in the range
     */
    public <T> T walk(Path repository, RevisionRange range, WalkListener listener, BiFunction<WalkResult, PageSource, T> then) {
        DiskPageCache disk = new DiskPageCache(dataDir);
        WalkPageCache cache = new WalkPageCache(disk);
        try (GitRepository git = GitRepository.open(repository)) {
            List<Revision> revisions = git.revisions(range);
            if (revisions.isEmpty()) {
                throw new NothingToWalk(repository + ": no commit of " + range.branch().orElse("HEAD") + " in the range");
            }
            WalkResult walked = new HistoryWalk(new Extractor(options), cache, Optional.of(patches(dataDir)), listener).walk(git, revisions);
            cache.keepLastRevisionIn(disk);
            disk.prune();
            return then.apply(walked, git.pages(revisions.get(revisions.size() - 1), Optional.empty()));
        }
    }

    /** No commit of the branch is in the range given. */
    public static final class NothingToWalk extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingToWalk(String message) {
            super(message);
        }
    }
}
