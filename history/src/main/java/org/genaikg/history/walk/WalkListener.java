package org.genaikg.history.walk;

import org.genaikg.extractor.model.Revision;
import org.genaikg.history.git.PageChanges;

/** Told as each revision of a walk is done, so a long walk can show its progress. */
@FunctionalInterface
public interface WalkListener {
    WalkListener NONE = (done, total, revision, pages, graph) -> {};

    void revisionDone(int done, int total, Revision revision, PageChanges pages, GraphChange graph);

    /** What one revision did to the graph: nodes and relations that came and left, and the graph's size after it. */
    record GraphChange(int nodesAdded, int nodesRemoved, int relationsAdded, int relationsRemoved, int nodes, int relations) {}
}
