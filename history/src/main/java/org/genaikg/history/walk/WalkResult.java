package org.genaikg.history.walk;

import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;

/**
 * What a walk gives: the graph of its last revision, the history of every node, relation and
 * evidence, and where its time went.
 */
public record WalkResult(KnowledgeGraph last, GraphHistory history, WalkTimes times) {}
