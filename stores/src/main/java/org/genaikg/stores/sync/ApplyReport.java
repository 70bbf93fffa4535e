package org.genaikg.stores.sync;

import java.time.Duration;
import java.util.List;
import org.genaikg.stores.neo4j.SyncReport;

/**
 * What {@link KnowledgeBaseStores#apply} wrote.
 *
 * @param documentsWritten named graphs written (new or changed), by graph IRI
 * @param documentsRemoved named graphs removed (their page is gone)
 * @param neo4j nodes and relationships written and deleted in Neo4j
 * @param rdfWrite how long the RDF transaction took
 * @param neo4jWrite how long the Neo4j transaction took
 * @param neo4jCatchesUp Neo4j was not up yet: it is brought to the graph once it is ({@link KnowledgeBaseStores#neo4jInStep}),
 *     and {@code neo4j} and {@code neo4jWrite} say nothing
 */
public record ApplyReport(List<String> documentsWritten, List<String> documentsRemoved, SyncReport neo4j, Duration rdfWrite,
                          Duration neo4jWrite, boolean neo4jCatchesUp) {

    /** Nothing applied. */
    public static final ApplyReport NOTHING = new ApplyReport(List.of(), List.of(), new SyncReport(0, 0, 0, 0), Duration.ZERO, Duration.ZERO,
            false);

    public ApplyReport {
        documentsWritten = List.copyOf(documentsWritten);
        documentsRemoved = List.copyOf(documentsRemoved);
    }
}
