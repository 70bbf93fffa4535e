package org.genaikg.stores.sync.internal;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.stores.tdb.TdbGraphStore;

/** TDB2 in the data folder: the changed graphs replaced in one write transaction. */
public record TdbRdfStore(TdbGraphStore store) implements RdfStore {

    @Override
    public DatasetGraph copy() {
        return store.copy();
    }

    @Override
    public void replaceGraphs(Map<Node, Graph> changed, Set<Node> removed) {
        store.replaceGraphs(changed, removed);
    }

    @Override
    public void close() {
        store.close();
    }
}
