package org.genaikg.pipeline;

import java.time.Duration;
import java.util.List;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.neo4j.SyncReport;
import org.genaikg.stores.sync.ApplyReport;

/**
 * What a build of the stores did: what was extracted, and what the stores wrote.
 *
 * @param extracted the graph now in both stores (unless {@link #nothingBuilt()}), and how it was made
 * @param stores what the stores wrote to hold it
 */
public record BuildReport(ExtractedGraph extracted, ApplyReport stores) {

    public KnowledgeGraph graph() {
        return extracted.graph();
    }

    /** Pages parsed or recognised again (the others came from the page cache). */
    public int pagesExtracted() {
        return extracted.pagesExtracted();
    }

    /** Named graphs written (new or changed), by graph IRI. */
    public List<String> documentsWritten() {
        return stores.documentsWritten();
    }

    /** Named graphs removed (their page is gone). */
    public List<String> documentsRemoved() {
        return stores.documentsRemoved();
    }

    /** Nodes and relationships written and deleted in Neo4j. */
    public SyncReport neo4j() {
        return stores.neo4j();
    }

    public Duration extraction() {
        return extracted.extraction();
    }

    public Duration rdfWrite() {
        return stores.rdfWrite();
    }

    public Duration neo4jWrite() {
        return stores.neo4jWrite();
    }

    /** True when nothing could be extracted: the stores were left as they were. */
    public boolean nothingBuilt() {
        return extracted.isEmpty();
    }
}
