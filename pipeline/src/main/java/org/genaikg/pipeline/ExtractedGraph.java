package org.genaikg.pipeline;

import java.time.Duration;
import org.genaikg.extractor.model.KnowledgeGraph;

/**
 * A source of pages made into a graph, not yet written anywhere.
 *
 * @param graph the whole graph
 * @param pagesExtracted pages parsed or recognised again (the others came from the page cache)
 * @param extraction how long it took
 */
public record ExtractedGraph(KnowledgeGraph graph, int pagesExtracted, Duration extraction) {

    /** True when no page could be extracted: such a graph is never written to the stores. */
    public boolean isEmpty() {
        return graph.documents() == 0;
    }
}
