package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The {@code genai-2024-08} corpus as the real extractor maps it, plus one planted model whose label
 * is HTML ({@link #XSS_LABEL}), loaded into TDB2 under a test class's temporary folder. The extraction
 * runs once per JVM.
 */
final class CorpusKnowledgeBase {
    static final Path CORPUS = Path.of("..", "testdata", "corpora", "genai-2024-08");
    static final String XSS_LABEL = "<img src=x onerror=alert(1)>";
    static final String XSS_ALIAS = "\"><script>alert(2)</script>";
    static final String XSS_ID = "model/xss-probe";

    private static DatasetGraph extracted;

    private CorpusKnowledgeBase() {}

    /** Loads the corpus graph under {@code dir}; {@code kg.docs-dir} is the corpus's pages. */
    static void register(DynamicPropertyRegistry registry, Path dir) {
        Path dataDir = dir.resolve("data");
        Dataset tdb = TDB2Factory.connectDataset(dataDir.resolve("tdb2").toString());
        DatasetGraph graph = extracted();
        Txn.executeWrite(tdb, () -> graph.find().forEachRemaining(tdb.asDatasetGraph()::add));
        tdb.close();
        registry.add("kg.data-dir", dataDir::toString);
        registry.add("kg.docs-dir", () -> CORPUS.resolve("docs").toAbsolutePath().normalize().toString());
    }

    private static synchronized DatasetGraph extracted() {
        if (extracted == null) {
            assertTrue(Files.isDirectory(CORPUS.resolve("docs")),
                    "the test corpora are part of the repository: " + CORPUS.toAbsolutePath().normalize());
            DatasetGraph graph = RdfMapping.toDataset(new Extractor(ExtractionOptions.defaults())
                    .extract(CORPUS, ProgressListener.NONE));
            plantHtmlLabel(graph);
            extracted = graph;
        }
        return extracted;
    }

    /** A model named by an HTML snippet, built on an extracted model, in a graph of its own. */
    private static void plantHtmlLabel(DatasetGraph graph) {
        Node doc = NodeFactory.createURI(NodeKind.DOCUMENT.instanceIri("xss-probe.md"));
        Node model = NodeFactory.createURI(Namespaces.RESOURCE + XSS_ID);
        Node modelClass = NodeFactory.createURI(NodeKind.MODEL.iri());
        Node base = graph.find(Node.ANY, Node.ANY, RDF.type.asNode(), modelClass).next().getSubject();
        graph.add(doc, model, RDF.type.asNode(), modelClass);
        graph.add(doc, model, RDFS.label.asNode(), NodeFactory.createLiteralString(XSS_LABEL));
        graph.add(doc, model, NodeFactory.createURI(Labels.ALT_LABEL), NodeFactory.createLiteralString(XSS_ALIAS));
        graph.add(doc, model, NodeFactory.createURI(Relation.BUILDS_ON.iri()), base);
    }
}
