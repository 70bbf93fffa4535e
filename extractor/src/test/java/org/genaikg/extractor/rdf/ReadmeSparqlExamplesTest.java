package org.genaikg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code sparql} block of the project README answers on the sample graph: the documentation stays true. */
class ReadmeSparqlExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    static Stream<String> examples() throws IOException {
        Matcher blocks = SPARQL_BLOCK.matcher(Files.readString(README));
        List<String> queries = blocks.results().map(block -> block.group(1)).toList();
        assertFalse(queries.isEmpty(), "no sparql block in " + README.toAbsolutePath());
        return queries.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyReadmeExampleAnswers(String query) {
        RowSet rows = QueryExec.dataset(readmeDataset()).query(query).select();
        assertTrue(rows.hasNext(), "no answer to\n" + query);
        rows.close();
    }

    /** A dump as a reader loads it: the union as default graph, and the named graph of each page. */
    private static DatasetGraph readmeDataset() {
        DatasetGraph named = RdfMapping.toDataset(SampleGraph.graph());
        DatasetGraph dataset = DatasetGraphFactory.create(RdfMapping.toGraph(SampleGraph.graph()));
        named.listGraphNodes().forEachRemaining(name -> dataset.addGraph(name, named.getGraph(name)));
        return dataset;
    }
}
