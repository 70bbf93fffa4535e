package org.genaikg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.pipeline.cache.DiskPageCache;
import org.genaikg.stores.sync.ApplyReport;
import org.genaikg.stores.sync.ChangeSet;
import org.genaikg.stores.sync.KnowledgeBaseStores;

/**
 * The one way the knowledge base is built into the stores ({@code kg build --data}, every build of
 * {@code kg serve}): a source of pages (a folder today, a git commit tomorrow) is extracted into a
 * graph, pages whose text is unchanged coming from the page cache in {@code dataDir/cache}; then a
 * {@link ChangeSet} between what the stores hold and that graph is computed, and the stores apply
 * it. The two halves can run apart: {@link #extract} needs no store (for example while the stores
 * are still starting), {@link #write} writes what was extracted.
 *
 * <p>One build at a time: the page cache keeps what the last extraction used.
 */
public final class BuildPipeline {

    private final Path dataDir;
    private final ExtractionOptions options;

    /** Builds with the page cache of {@code dataDir} (its {@code cache/} folder). */
    public BuildPipeline(Path dataDir, ExtractionOptions options) {
        this.dataDir = dataDir;
        this.options = options;
    }

    /** Extracts and writes: {@link #extract}, then {@link #write}. */
    public BuildReport update(PageSource pages, KnowledgeBaseStores stores, ProgressListener progress) {
        return write(extract(pages, progress), stores);
    }

    /**
     * Extracts every page of the source, reusing the page cache; once something was extracted, the
     * cache entries of pages gone or changed are dropped.
     */
    public ExtractedGraph extract(PageSource pages, ProgressListener progress) {
        long start = System.nanoTime();
        DiskPageCache cache = new DiskPageCache(dataDir);
        KnowledgeGraph graph = new Extractor(options).extract(pages, progress, cache);
        ExtractedGraph extracted = new ExtractedGraph(graph, cache.writes(), Duration.ofNanos(System.nanoTime() - start));
        if (!extracted.isEmpty()) {
            cache.prune(); // an empty build (a folder being replaced, say) keeps the cache for the next
        }
        return extracted;
    }

    /**
     * Brings the stores to the extracted graph, writing only what changed; an empty graph (no page
     * could be extracted) writes nothing, and neither does a graph the stores hold already.
     */
    public BuildReport write(ExtractedGraph extracted, KnowledgeBaseStores stores) {
        if (extracted.isEmpty()) {
            return new BuildReport(extracted, ApplyReport.NOTHING);
        }
        ChangeSet changes = ChangeSet.between(stores.contents(), extracted.graph());
        return new BuildReport(extracted, changes.isEmpty() ? ApplyReport.NOTHING : stores.apply(changes));
    }

    /**
     * Brings the stores to the graph of a history's last revision ({@link #write}), then writes its
     * history beside it ({@code kg history}): the graph's own part is written exactly as a build of
     * that revision's pages would write it.
     */
    public BuildReport write(ExtractedGraph last, GraphHistory history, KnowledgeBaseStores stores) {
        BuildReport report = write(last, stores);
        stores.writeHistory(history, last.graph());
        return report;
    }
}
