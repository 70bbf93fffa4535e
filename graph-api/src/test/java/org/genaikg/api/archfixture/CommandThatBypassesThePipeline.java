package org.genaikg.api.archfixture;

import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.sync.ChangeSet;
import org.genaikg.stores.sync.KnowledgeBaseStores;

/** Breaks the layering on purpose (writes the stores without the pipeline), so that ApiArchitectureTests can show its rule fails. */
public final class CommandThatBypassesThePipeline {

    private CommandThatBypassesThePipeline() {}

    static void write(KnowledgeBaseStores stores, KnowledgeGraph graph) {
        stores.apply(ChangeSet.between(stores.contents(), graph));
    }
}
