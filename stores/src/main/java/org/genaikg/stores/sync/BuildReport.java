package org.genaikg.stores.sync;

import java.time.Duration;
import java.util.List;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.neo4j.SyncReport;

/**
 * What {@link KnowledgeBaseStores#update} did.
 *
 * @param graph the whole graph now in both stores
 * @param pagesExtracted pages parsed or recognised again (the others came from the page cache)
 * @param documentsWritten named graphs written (new or changed), by graph IRI
 * @param documentsRemoved named graphs removed (their page is gone)
 * @param neo4j nodes and relationships written and deleted in Neo4j
 */
public record BuildReport(KnowledgeGraph graph, int pagesExtracted, List<String> documentsWritten, List<String> documentsRemoved,
                          SyncReport neo4j, Duration extraction, Duration rdfWrite, Duration neo4jWrite) {

    public BuildReport {
        documentsWritten = List.copyOf(documentsWritten);
        documentsRemoved = List.copyOf(documentsRemoved);
    }

    /** True when nothing could be extracted: the stores were left as they were. */
    public boolean nothingBuilt() {
        return graph.documents() == 0;
    }
}
