package org.genaikg.history.archfixture;

import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.sync.KnowledgeBaseStores;

/** Breaks the layering on purpose (the history writing the stores past the pipeline), so that HistoryLayeringTest can show its rule fails. */
public final class HistoryThatWritesTheStoresItself {

    private HistoryThatWritesTheStoresItself() {}

    static void write(KnowledgeBaseStores stores, GraphHistory history, KnowledgeGraph graph) {
        stores.writeHistory(history, graph);
    }
}
