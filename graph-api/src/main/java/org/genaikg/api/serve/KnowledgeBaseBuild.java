package org.genaikg.api.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.genaikg.api.build.BuildProgress;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.build.RebuildUnavailable;
import org.genaikg.api.index.GraphKey;
import org.genaikg.api.startup.StartPhases;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.pipeline.BuildPipeline;
import org.genaikg.pipeline.ExtractedGraph;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the stores up to the knowledge-base folder through the {@link BuildPipeline}, incrementally:
 * unchanged pages come from the page cache and only changed documents are written. Until Neo4j is up and
 * holds what TDB2 holds, a build writes TDB2 and leaves Neo4j to catch up ({@link KnowledgeBaseStores#apply}).
 * One build at a time (start, {@code --watch}, {@code /api/admin/*}); a build that finds no page
 * leaves the stores as they were.
 */
final class KnowledgeBaseBuild implements GraphBuilds, GraphKey {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseBuild.class);

    private final Path docs;
    private final BuildPipeline pipeline;
    private final KnowledgeBaseStores stores;
    private final StartPhases phases;
    private final boolean rebuilds;
    private final AtomicReference<BuildReport> last = new AtomicReference<>();
    // the first build is due from the start: until it is done, no graph it would give is served
    private final AtomicReference<BuildProgress> running;
    private volatile Runnable whenWritten = () -> {};

    /**
     * @param rebuilds false when the stores hold a history ({@code kg serve --repo}): a build of the pages would
     *     remove it, so none runs and a rebuild asked for is refused
     */
    KnowledgeBaseBuild(Path docs, Path dataDir, ExtractionOptions options, KnowledgeBaseStores stores, StartPhases phases,
            boolean rebuilds) {
        this.docs = docs;
        this.pipeline = new BuildPipeline(dataDir, options);
        this.stores = stores;
        this.phases = phases;
        this.rebuilds = rebuilds;
        this.running = new AtomicReference<>(rebuilds ? new BuildProgress(0, 0) : null);
    }

    /** Runs {@code action} after each build has written the stores, before the build counts as done. */
    void whenWritten(Runnable action) {
        whenWritten = action;
    }

    @Override
    public Optional<BuildProgress> running() {
        return Optional.ofNullable(running.get());
    }

    /** The digest the stores recorded with their last write of TDB2: the API keeps its snapshot under it. */
    @Override
    public Optional<String> current() {
        return stores.graphKey();
    }

    @Override
    public boolean neo4jReady() {
        return stores.isNeo4jInStep();
    }

    @Override
    public Optional<BuildReport> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public synchronized BuildReport rebuild() {
        if (!rebuilds) {
            throw new RebuildUnavailable("This server serves a git history walked by 'kg serve --repo'; a rebuild from the pages "
                    + "would remove it. Commit the change and start 'kg serve --repo' again.");
        }
        running.set(new BuildProgress(0, 0));
        try {
            return build();
        } finally {
            running.set(null);
        }
    }

    private BuildReport build() {
        long start = System.nanoTime();
        ProgressListener progress = (path, done, total) -> running.set(new BuildProgress(done, total));
        ExtractedGraph extracted = pipeline.extract(FolderPages.of(docs), progress);
        org.genaikg.pipeline.BuildReport update = pipeline.write(extracted, stores);
        if (update.nothingBuilt()) {
            LOG.warn("No page under {} could be extracted; the stores keep their graph", docs);
        }
        phases.took("extraction", update.extraction());
        phases.took("tdb2 write", update.rdfWrite());
        if (!update.stores().neo4jCatchesUp()) { // otherwise the catch-up's own phase
            phases.took("neo4j write", update.neo4jWrite());
        }
        BuildReport report = report(update, (System.nanoTime() - start) / 1e9);
        last.set(report);
        whenWritten.run();
        LOG.info("Built {} documents, {} nodes, {} edges in {} s: {} pages extracted (the others from the page cache), "
                        + "{} documents written, {} removed, {} ({} problems)",
                report.documents(), report.nodes(), report.edges(), String.format(Locale.ROOT, "%.1f", report.seconds()),
                report.pagesExtracted(), report.documentsWritten(), report.documentsRemoved(),
                update.stores().neo4jCatchesUp() ? "Neo4j catches up once started" : report.neo4jChanges() + " Neo4j changes",
                report.problems().size());
        return report;
    }

    private static BuildReport report(org.genaikg.pipeline.BuildReport update, double seconds) {
        KnowledgeGraph graph = update.graph();
        return new BuildReport(Instant.now(), seconds, graph.documents(), graph.nodes().size(), graph.edges().size(),
                update.pagesExtracted(), update.documentsWritten().size(), update.documentsRemoved().size(),
                update.neo4j().changes(),
                graph.problems().stream().map(KnowledgeBaseBuild::problem).toList());
    }

    private static BuildReport.BuildProblem problem(Problem p) {
        String kind = p.severity().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new BuildReport.BuildProblem(kind, p.path(), p.line(), p.reason(), p.toString());
    }
}
