package org.genaikg.pipeline.archfixture;

import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.neo4j.Neo4jGraphStore;

/** Breaks the layering on purpose (a pipeline that writes Neo4j itself), so that LayeringTest can show its rule fails. */
public final class PipelineThatWritesNeo4j {

    private PipelineThatWritesNeo4j() {}

    static void write(Neo4jGraphStore neo4j, KnowledgeGraph graph) {
        neo4j.sync(graph);
    }
}
