package org.genaikg.extractor.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.extractor.model.KnowledgeGraph;

/**
 * Writes a knowledge graph as an RDF dump in the format its file extension names (see
 * {@link RdfFormat}), with Jena's writers, in UTF-8. N-Triples and N-Quads are sorted line by line,
 * so the same graph always gives the same bytes. The file is written beside its target and moved
 * into place, so a failed write never leaves half a dump.
 */
public final class RdfDumpWriter {
    private RdfDumpWriter() {}

    /**
     * @return the format written
     * @throws UnknownRdfFormatException when the extension names no known format (nothing is written)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static RdfFormat write(KnowledgeGraph graph, Path out) {
        return write(out, (format, stream) -> write(graph, format, stream));
    }

    /**
     * Writes a dataset (one named graph per document, as {@link RdfMapping#toDataset} gives and a
     * store keeps) as a dump: the same bytes as the dump of the graph it was made from, for the
     * line-sorted formats.
     */
    public static RdfFormat write(DatasetGraph dataset, Path out) {
        return write(out, (format, stream) -> write(dataset, format, stream));
    }

    /** Writes the dataset to a stream, which stays open: its named graphs, or their union. */
    public static void write(DatasetGraph dataset, RdfFormat format, OutputStream stream) throws IOException {
        if (format.namedGraphs()) {
            output(RDFWriter.source(withPrefixes(dataset)).format(format.jenaFormat()).build(), format, stream);
            return;
        }
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(RdfMapping.prefixes());
        dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        output(RDFWriter.source(union).format(format.jenaFormat()).build(), format, stream);
    }

    private static DatasetGraph withPrefixes(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.create();
        RdfMapping.prefixes().forEach(copy.prefixes()::add);
        dataset.find().forEachRemaining(copy::add);
        return copy;
    }

    @FunctionalInterface
    private interface DumpBody {
        void write(RdfFormat format, OutputStream stream) throws IOException;
    }

    private static RdfFormat write(Path out, DumpBody body) {
        RdfFormat format = RdfFormat.forPath(out);
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream stream = Files.newOutputStream(partial)) {
                body.write(format, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return format;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Writes the dump to a stream, which stays open. */
    public static void write(KnowledgeGraph graph, RdfFormat format, OutputStream stream) throws IOException {
        RDFWriter writer = format.namedGraphs()
                ? RDFWriter.source(RdfMapping.toDataset(graph)).format(format.jenaFormat()).build()
                : RDFWriter.source(RdfMapping.toGraph(graph)).format(format.jenaFormat()).build();
        output(writer, format, stream);
    }

    private static void output(RDFWriter writer, RdfFormat format, OutputStream stream) throws IOException {
        if (!format.lineSorted()) {
            writer.output(stream);
            return;
        }
        ByteArrayOutputStream unsorted = new ByteArrayOutputStream();
        writer.output(unsorted);
        String sorted = Arrays.stream(unsorted.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .sorted()
                .distinct()
                .map(line -> line + "\n")
                .collect(Collectors.joining());
        stream.write(sorted.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the move already happened, or the write failed for a reason reported above
        }
    }
}
