package org.genaikg.stores.sync;

import java.time.Duration;
import org.genaikg.stores.neo4j.SyncReport;

/**
 * How Neo4j came to hold what the RDF store holds, after {@link KnowledgeBaseStores#startNeo4j}.
 *
 * @param start how long Neo4j took to start (the embedded server) or to connect (an external one)
 * @param write how long bringing it to the RDF store's graph took (zero when it held it already)
 * @param changes what that wrote
 */
public record Neo4jCatchUp(Duration start, Duration write, SyncReport changes) {}
