package org.genaikg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.genaikg.extractor.docs.DocumentedExamples;
import org.genaikg.extractor.docs.DocumentedExamples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code sparql} block of the documentation (README.md, docs/) answers on the sample graph: it stays true. */
class DocumentedSparqlExamplesTest {

    static List<Example> examples() {
        return DocumentedExamples.of("sparql");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyDocumentedExampleAnswers(Example example) {
        RowSet rows = QueryExec.dataset(dumpDataset()).query(example.code()).select();
        assertTrue(rows.hasNext(), "no answer to " + example.page() + ":\n" + example.code());
        rows.close();
    }

    /** A dump as a reader loads it: the union as default graph, and the named graph of each page. */
    private static DatasetGraph dumpDataset() {
        DatasetGraph named = RdfMapping.toDataset(SampleGraph.graph());
        DatasetGraph dataset = DatasetGraphFactory.create(RdfMapping.toGraph(SampleGraph.graph()));
        named.listGraphNodes().forEachRemaining(name -> dataset.addGraph(name, named.getGraph(name)));
        return dataset;
    }
}
