package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.genaikg.api.cli.KgCommand;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.extractor.source.CorpusFiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import picocli.CommandLine;

/**
 * {@code testdata/corpora/genai-2026-08-partial} twice, from one extraction's pages: published by
 * {@code kg publish} (the command a CI workflow runs) into {@code target/published/}, and loaded into
 * TDB2 for the live application, so the published explorer can be checked against the served one.
 * Each is made once per JVM.
 */
final class PublishedCorpus {
    static final Path CORPUS = Path.of("..", "testdata", "corpora", "genai-2026-08-partial");
    static final Path SITE = Path.of("target", "published", "genai-2026-08-partial");

    private static DatasetGraph extracted;
    private static String publishedSummary;

    private PublishedCorpus() {}

    /** Publishes the corpus (once) and answers the site's folder. */
    static synchronized Path site() {
        if (publishedSummary == null) {
            deleteTree(SITE);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine kg = KgCommand.commandLine();
            kg.setOut(new PrintWriter(out, true));
            kg.setErr(new PrintWriter(err, true));
            int exit = kg.execute("publish", "--docs", CORPUS.toString(), "--out", SITE.toString(), "--threads", "2");
            assertEquals(0, exit, "kg publish: " + err);
            publishedSummary = out.toString();
            System.out.println("[publish] " + publishedSummary.strip().replace("\n", "\n[publish] "));
        }
        return SITE;
    }

    /** What {@code kg publish} printed. */
    static String summary() {
        site();
        return publishedSummary;
    }

    /** Loads the corpus's graph under {@code dir} for the live application; {@code kg.docs-dir} is its pages. */
    static void register(DynamicPropertyRegistry registry, Path dir) {
        Path dataDir = dir.resolve("data");
        Dataset tdb = TDB2Factory.connectDataset(dataDir.resolve("tdb2").toString());
        DatasetGraph graph = extracted();
        Txn.executeWrite(tdb, () -> graph.find().forEachRemaining(tdb.asDatasetGraph()::add));
        tdb.close();
        registry.add("kg.data-dir", dataDir::toString);
        registry.add("kg.docs-dir", () -> CorpusFiles.root(CORPUS).toAbsolutePath().normalize().toString());
    }

    private static synchronized DatasetGraph extracted() {
        if (extracted == null) {
            extracted = RdfMapping.toDataset(new Extractor(ExtractionOptions.defaults()).extract(CORPUS, ProgressListener.NONE));
        }
        return extracted;
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
