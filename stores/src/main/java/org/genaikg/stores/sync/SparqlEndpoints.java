package org.genaikg.stores.sync;

import java.util.Objects;

/**
 * A SPARQL 1.1 store's endpoints, as the store publishes them. Fuseki answers all three on the
 * dataset URL ({@code http://host:3030/ds}); GraphDB and others publish separate ones.
 *
 * @param query the SPARQL query endpoint (reads)
 * @param update the SPARQL update endpoint (writes: all changed documents in one request)
 * @param graphStore the Graph Store Protocol endpoint (kept for stores that need it; reads and writes go through query and update)
 */
public record SparqlEndpoints(String query, String update, String graphStore) {

    public SparqlEndpoints {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(graphStore, "graphStore");
    }

    /** All three on one URL, as Fuseki serves a dataset. */
    public static SparqlEndpoints of(String datasetUrl) {
        return new SparqlEndpoints(datasetUrl, datasetUrl, datasetUrl);
    }
}
