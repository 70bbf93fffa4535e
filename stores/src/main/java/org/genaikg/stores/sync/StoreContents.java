package org.genaikg.stores.sync;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.stores.neo4j.Neo4jContents;
import org.genaikg.stores.sync.internal.NamedGraphs;

/**
 * What the two stores hold, enough to compute a {@link ChangeSet}: a digest of each document's
 * named graph in the RDF store, and Neo4j's nodes and relationships.
 *
 * @param rdfDigests each named graph's digest, by graph IRI
 * @param neo4j what Neo4j holds; not known while it starts or catches up ({@link KnowledgeBaseStores#openWithNeo4jLater})
 * @param generation which write of the stores these contents follow ({@link KnowledgeBaseStores#apply} refuses
 *     changes computed from older contents); {@link #UNBOUND} when they describe no particular stores
 */
public record StoreContents(Map<String, String> rdfDigests, Optional<Neo4jContents> neo4j, long generation) {

    /** The generation of contents that belong to no stores: {@link #of} and {@link #EMPTY}. */
    public static final long UNBOUND = -1;

    /** Stores that hold nothing. */
    public static final StoreContents EMPTY = new StoreContents(Map.of(), Optional.of(Neo4jContents.EMPTY), UNBOUND);

    public StoreContents {
        rdfDigests = new TreeMap<>(rdfDigests);
    }

    /** What both stores hold once this graph is written to them: to compare two graphs as the stores would. */
    public static StoreContents of(KnowledgeGraph graph) {
        return new StoreContents(NamedGraphs.digests(NamedGraphs.of(graph)), Optional.of(Neo4jContents.of(graph)), UNBOUND);
    }
}
