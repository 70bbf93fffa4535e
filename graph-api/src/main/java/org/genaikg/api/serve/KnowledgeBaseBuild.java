package org.genaikg.api.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
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
 * unchanged pages come from the page cache and only changed documents are written. The pages are
 * extracted before the stores are asked for, so the first build's extraction runs while they start.
 * One build at a time (start, {@code --watch}, {@code /api/admin/*}); a build that finds no page
 * leaves the stores as they were.
 */
final class KnowledgeBaseBuild implements GraphBuilds {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseBuild.class);

    private final Path docs;
    private final BuildPipeline pipeline;
    private final Supplier<KnowledgeBaseStores> stores;
    private final AtomicReference<BuildReport> last = new AtomicReference<>();

    /** {@code stores} is asked for when the first build needs them, so they may still be starting meanwhile. */
    KnowledgeBaseBuild(Path docs, Path dataDir, ExtractionOptions options, Supplier<KnowledgeBaseStores> stores) {
        this.docs = docs;
        this.pipeline = new BuildPipeline(dataDir, options);
        this.stores = stores;
    }

    @Override
    public Optional<BuildReport> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public synchronized BuildReport rebuild() {
        long start = System.nanoTime();
        ExtractedGraph extracted = pipeline.extract(FolderPages.of(docs), ProgressListener.NONE);
        org.genaikg.pipeline.BuildReport update = pipeline.write(extracted, stores.get());
        if (update.nothingBuilt()) {
            LOG.warn("No page under {} could be extracted; the stores keep their graph", docs);
        }
        BuildReport report = report(update, (System.nanoTime() - start) / 1e9);
        last.set(report);
        LOG.info("Built {} documents, {} nodes, {} edges in {} s: {} pages extracted (the others from the page cache), "
                        + "{} documents written, {} removed, {} Neo4j changes ({} problems)",
                report.documents(), report.nodes(), report.edges(), String.format(Locale.ROOT, "%.1f", report.seconds()),
                report.pagesExtracted(), report.documentsWritten(), report.documentsRemoved(), report.neo4jChanges(),
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
