package org.genaikg.stores.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbGraphStoreTest {

    static final Node MODELS_DOC = NodeFactory.createURI(NodeKind.DOCUMENT.instanceIri("models.md"));
    static final Node ARCH_DOC = NodeFactory.createURI(NodeKind.DOCUMENT.instanceIri("transformers.md"));
    static final Node LLAMA2 = NodeFactory.createURI(NodeKind.MODEL.instanceIri("llama-2"));
    static final Node LLAMA = NodeFactory.createURI(NodeKind.MODEL.instanceIri("llama"));
    static final Node ATTENTION = NodeFactory.createURI(NodeKind.CONCEPT.instanceIri("attention"));
    static final Node LABEL = NodeFactory.createURI(Labels.LABEL);
    static final Node BUILDS_ON = NodeFactory.createURI(Relation.BUILDS_ON.iri());

    @TempDir
    Path data;

    /** Two documents; both state that Llama 2 builds on LLaMA. */
    static DatasetGraph twoDocuments() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.add(MODELS_DOC, LLAMA2, LABEL, NodeFactory.createLiteralString("Llama 2"));
        dataset.add(MODELS_DOC, LLAMA2, BUILDS_ON, LLAMA);
        dataset.add(MODELS_DOC, LLAMA, LABEL, NodeFactory.createLiteralString("LLaMA"));
        dataset.add(ARCH_DOC, LLAMA2, BUILDS_ON, LLAMA);
        dataset.add(ARCH_DOC, ATTENTION, LABEL, NodeFactory.createLiteralString("Attention"));
        return dataset;
    }

    @Test
    void keepsOneNamedGraphPerDocumentAndTheirUnionAsDefault() {
        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            assertEquals(5, store.replaceAll(twoDocuments()));

            assertEquals(Map.of(MODELS_DOC.getURI(), 3L, ARCH_DOC.getURI(), 2L), store.triplesPerGraph());
            assertEquals(4, store.countTriples(), "the shared builds-on triple counts once in the union");
        }
    }

    @Test
    void sparqlWithoutGraphSeesTheUnion() {
        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            store.replaceAll(twoDocuments());
            long labels = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution query = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                        .query("SELECT (count(*) AS ?n) { ?s <" + Labels.LABEL + "> ?label }").build()) {
                    return query.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(3, labels);
        }
    }

    @Test
    void loadingTwiceGivesTheSameStore() {
        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            store.replaceAll(twoDocuments());
            Map<String, Long> first = store.triplesPerGraph();
            store.replaceAll(twoDocuments());
            assertEquals(first, store.triplesPerGraph());
            assertEquals(4, store.countTriples());
        }
    }

    @Test
    void replacingOneDocumentLeavesTheOthers() {
        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            store.replaceAll(twoDocuments());
            Graph edited = GraphFactory.createDefaultGraph();
            edited.add(LLAMA2, LABEL, NodeFactory.createLiteralString("Llama 2"));

            store.replaceGraph(MODELS_DOC, edited);

            assertEquals(Map.of(MODELS_DOC.getURI(), 1L, ARCH_DOC.getURI(), 2L), store.triplesPerGraph());
            assertEquals(3, store.countTriples(), "builds-on survives: the other document still states it");
        }
    }

    @Test
    void refusesTriplesOutsideANamedGraph() {
        DatasetGraph source = twoDocuments();
        source.getDefaultGraph().add(LLAMA, LABEL, NodeFactory.createLiteralString("stray"));
        try (TdbGraphStore store = TdbGraphStore.open(data)) {
            assertThrows(IllegalArgumentException.class, () -> store.replaceAll(source));
        }
    }
}
