package org.genaikg.stores.archfixture;

import java.nio.file.Path;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;

/** Breaks the layering on purpose (stores that extract pages), so that LayeringTest can show its rule fails. */
public final class StoresThatExtract {

    private StoresThatExtract() {}

    static KnowledgeGraph extract(Path docs) {
        return new Extractor(ExtractionOptions.defaults()).extract(docs, ProgressListener.NONE);
    }
}
