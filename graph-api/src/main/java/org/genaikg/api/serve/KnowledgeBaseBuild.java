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
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the stores from the knowledge-base folder: extract every page, then load the graph. One
 * build at a time (start, {@code --watch}, {@code /api/admin/*}); a build that finds no page leaves
 * the stores as they were.
 */
final class KnowledgeBaseBuild implements GraphBuilds {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseBuild.class);

    private final Path docs;
    private final ExtractionOptions options;
    private final Supplier<StoreLoader> loader;
    private final AtomicReference<BuildReport> last = new AtomicReference<>();

    /** {@code loader} is asked for only once the pages are extracted, so the stores may still be starting meanwhile. */
    KnowledgeBaseBuild(Path docs, ExtractionOptions options, Supplier<StoreLoader> loader) {
        this.docs = docs;
        this.options = options;
        this.loader = loader;
    }

    @Override
    public Optional<BuildReport> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public synchronized BuildReport rebuild() {
        long start = System.nanoTime();
        KnowledgeGraph graph = new Extractor(options).extract(docs, ProgressListener.NONE);
        if (graph.documents() > 0) {
            loader.get().load(graph);
        } else {
            LOG.warn("No page under {} could be extracted; the stores keep their graph", docs);
        }
        BuildReport report = report(graph, (System.nanoTime() - start) / 1e9);
        last.set(report);
        LOG.info("Built {} documents, {} nodes, {} edges in {} s ({} problems)", report.documents(), report.nodes(),
                report.edges(), String.format(Locale.ROOT, "%.1f", report.seconds()), report.problems().size());
        return report;
    }

    private static BuildReport report(KnowledgeGraph graph, double seconds) {
        return new BuildReport(Instant.now(), seconds, graph.documents(), graph.nodes().size(), graph.edges().size(),
                graph.problems().stream().map(KnowledgeBaseBuild::problem).toList());
    }

    private static BuildReport.BuildProblem problem(Problem p) {
        String kind = p.severity().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new BuildReport.BuildProblem(kind, p.path(), p.line(), p.reason(), p.toString());
    }
}
