package org.genaikg.stores.sync.internal;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** Where the RDF side lives: TDB2 in the data folder or a remote SPARQL 1.1 store. One named graph per document. */
public interface RdfStore extends AutoCloseable {

    /** A copy, in memory, of every named graph. */
    DatasetGraph copy();

    /** Replaces these named graphs and removes those, atomically: every graph is old or new afterwards. */
    void replaceGraphs(Map<Node, Graph> changed, Set<Node> removed);

    @Override
    void close();
}
