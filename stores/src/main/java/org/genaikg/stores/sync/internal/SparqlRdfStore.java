package org.genaikg.stores.sync.internal;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.genaikg.stores.sync.SparqlEndpoints;

/**
 * A remote SPARQL 1.1 store. Reads are one query over every named graph; a rebuild's changes are
 * ONE update request ({@code DROP GRAPH} and {@code INSERT DATA} per changed document), which a
 * store such as Fuseki applies in one transaction.
 */
public final class SparqlRdfStore implements RdfStore {

    private static final Query ALL_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final RDFConnection connection;

    public SparqlRdfStore(SparqlEndpoints endpoints) {
        this.connection = RDFConnectionRemote.newBuilder()
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.graphStore())
                .build();
    }

    @Override
    public DatasetGraph copy() {
        DatasetGraph copy = DatasetGraphFactory.create();
        connection.querySelect(ALL_QUADS, row -> copy.add(Quad.create(
                row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        return copy;
    }

    @Override
    public void replaceGraphs(Map<Node, Graph> changed, Set<Node> removed) {
        UpdateRequest request = new UpdateRequest();
        removed.forEach(name -> request.add(new UpdateDrop(name, true)));
        changed.forEach((name, graph) -> {
            request.add(new UpdateDrop(name, true));
            QuadDataAcc quads = new QuadDataAcc();
            graph.find().forEachRemaining(triple -> quads.addQuad(Quad.create(name, triple)));
            request.add(new UpdateDataInsert(quads));
        });
        if (!request.getOperations().isEmpty()) {
            connection.update(request);
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
