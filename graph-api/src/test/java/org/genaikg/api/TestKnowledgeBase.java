package org.genaikg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.rdf.RdfMapping;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The {@code two-pages} fixture: two Markdown pages, copied to a test's temporary folder, and the
 * graph the extractor makes of them, extracted there and loaded into a TDB2 dataset (one named graph
 * per document, as the stores keep it).
 */
public final class TestKnowledgeBase {
    public static final String FIXTURE = "/fixtures/two-pages/";

    private TestKnowledgeBase() {}

    /** Loads the fixture under {@code dir} and points {@code kg.data-dir} and {@code kg.docs-dir} at it. */
    public static void register(DynamicPropertyRegistry registry, Path dir) {
        Path dataDir = dir.resolve("data");
        Path docsDir = dir.resolve("docs");
        load(dataDir, docsDir);
        registry.add("kg.data-dir", dataDir::toString);
        registry.add("kg.docs-dir", docsDir::toString);
    }

    public static void load(Path dataDir, Path docsDir) {
        copyTree(resource("kb"), docsDir);
        DatasetGraph extracted = extract(docsDir);
        Dataset dataset = TDB2Factory.connectDataset(dataDir.resolve("tdb2").toString());
        Txn.executeWrite(dataset, () -> extracted.find().forEachRemaining(dataset.asDatasetGraph()::add));
    }

    /** The graph the extractor makes of the pages in {@code docsDir}, a named graph per document. */
    public static DatasetGraph extract(Path docsDir) {
        return RdfMapping.toDataset(new Extractor(new ExtractionOptions(1, 1 << 20)).extract(docsDir, ProgressListener.NONE));
    }

    private static Path resource(String name) {
        URL url = TestKnowledgeBase.class.getResource(FIXTURE + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
