package org.genaikg.pipeline.archfixture;

import org.genaikg.history.HistoryBuild;

/** Breaks the layering on purpose (the pipeline reaching up to the history), so that HistoryLayeringTest can show its rule fails. */
public final class PipelineThatKnowsTheHistory {

    private PipelineThatKnowsTheHistory() {}

    static Object history(java.nio.file.Path dataDir) {
        return HistoryBuild.patches(dataDir);
    }
}
