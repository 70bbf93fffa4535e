package org.genaikg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfDumpWriterTest {
    private final KnowledgeGraph graph = SampleGraph.graph();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatParsesBackToTheStatementsWritten(RdfFormat format) {
        Path out = dir.resolve("kg." + format.extension());
        assertEquals(format, RdfDumpWriter.write(graph, out));

        DatasetGraph read = RDFDataMgr.loadDatasetGraph(out.toString());
        if (format.namedGraphs()) {
            assertEquals(quads(RdfMapping.toDataset(graph)), quads(read));
        } else {
            assertEquals(Set.copyOf(RdfMapping.toGraph(graph).find().toList()), Set.copyOf(read.getDefaultGraph().find().toList()));
            assertFalse(read.listGraphNodes().hasNext(), "a union format holds no named graph");
        }
    }

    @Test
    void nTriplesOfTheSameGraphAreByteIdentical() throws IOException {
        Path first = dir.resolve("first.nt");
        Path second = dir.resolve("second.nt");
        RdfDumpWriter.write(graph, first);
        RdfDumpWriter.write(SampleGraph.graph(), second);

        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void nTriplesAndNQuadsAreSortedLineByLine() throws IOException {
        for (String name : List.of("kg.nt", "kg.nq")) {
            List<String> lines = Files.readAllLines(writeAndReturn(name), StandardCharsets.UTF_8);
            assertEquals(lines.stream().sorted().toList(), lines, name);
        }
    }

    @Test
    void noFormatWritesBlankNodes() {
        for (RdfFormat format : RdfFormat.values()) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(writeAndReturn("kg." + format.extension()).toString());
            read.find().forEachRemaining(quad -> assertFalse(
                    quad.getSubject().isBlank() || quad.getObject().isBlank(), format + " wrote a blank node: " + quad));
        }
    }

    @Test
    void anUnknownExtensionIsRejectedNamingTheAcceptedOnes() {
        Path out = dir.resolve("kg.json");
        UnknownRdfFormatException e = assertThrows(UnknownRdfFormatException.class, () -> RdfDumpWriter.write(graph, out));

        for (String extension : List.of(".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf")) {
            assertTrue(e.getMessage().contains(extension), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void writingCreatesMissingFoldersAndLeavesNoPartialFile() throws IOException {
        Path out = dir.resolve("a/b/kg.ttl");
        RdfDumpWriter.write(graph, out);

        assertTrue(Files.size(out) > 0);
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
    }

    private Path writeAndReturn(String name) {
        Path out = dir.resolve(name);
        RdfDumpWriter.write(graph, out);
        return out;
    }

    private static Set<Quad> quads(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(quads::add);
        return quads;
    }
}
