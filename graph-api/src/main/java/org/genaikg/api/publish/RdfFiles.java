package org.genaikg.api.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.ontology.OntologyResources;

/**
 * The graph as RDF in every dump format, gzip-compressed (a tenth of the size: on genai-2026-08-partial
 * 11 MB instead of 139 MB; Jena, rdflib and Oxigraph read {@code .gz} as it is), and the vocabulary and
 * shapes it uses, as the API serves them.
 */
final class RdfFiles {
    private RdfFiles() {}

    static List<String> write(KnowledgeGraph graph, Path out) {
        List<String> written = new ArrayList<>();
        try {
            for (RdfFormat format : RdfFormat.values()) {
                Path file = out.resolve(StaticPaths.dump(format));
                Files.createDirectories(file.getParent());
                try (OutputStream stream = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
                    RdfDumpWriter.write(graph, format, stream);
                }
                written.add(StaticPaths.dump(format));
            }
            Model vocabulary = ModelFactory.createDefaultModel()
                    .add(OntologyResources.load(OntologyResources.ONTOLOGY))
                    .add(OntologyResources.load(OntologyResources.MODALITIES));
            turtle(vocabulary, out.resolve(StaticPaths.ONTOLOGY));
            turtle(OntologyResources.load(OntologyResources.SHAPES), out.resolve(StaticPaths.SHAPES));
            written.add(StaticPaths.ONTOLOGY);
            written.add(StaticPaths.SHAPES);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void turtle(Model model, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            RDFDataMgr.write(stream, model, Lang.TURTLE);
        }
    }
}
