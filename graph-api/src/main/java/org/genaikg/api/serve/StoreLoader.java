package org.genaikg.api.serve;

import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.tdb.TdbGraphStore;

/**
 * Puts an extracted graph into both stores. For now a full rebuild of each: TDB2 in one write
 * transaction, then Neo4j (emptied, then loaded in batches). The one place {@code kg serve} writes
 * the stores, so that the incremental store facade can take its place.
 */
public final class StoreLoader {
    private final TdbGraphStore rdf;
    private final Neo4jGraphStore neo4j;

    public StoreLoader(TdbGraphStore rdf, Neo4jGraphStore neo4j) {
        this.rdf = rdf;
        this.neo4j = neo4j;
    }

    /** Replaces what both stores hold with {@code graph}. */
    public void load(KnowledgeGraph graph) {
        rdf.replaceAll(RdfMapping.toDataset(graph));
        neo4j.replaceAll(graph);
    }
}
