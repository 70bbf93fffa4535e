package org.genaikg.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/**
 * A generated knowledge base shaped like the extractor's output: one named graph per document,
 * sections, models with aliases and evidence, papers, modalities, and reified relations with
 * their evidence. About 30 quads per model. Deterministic for a seed.
 */
final class SyntheticKnowledgeBase {
    static final int MODELS_PER_DOCUMENT = 100;
    static final int SECTIONS_PER_DOCUMENT = 10;
    static final String[] MODALITIES = {"text", "image", "audio", "video", "code", "speech"};

    private SyntheticKnowledgeBase() {}

    static Node model(int i) {
        return iri(NodeKind.MODEL.instanceIri("model-" + i));
    }

    static String modelLabel(int i) {
        return "Model " + i;
    }

    /** Writes the graph of {@code models} models into the dataset (the caller holds a write transaction). */
    static long write(DatasetGraph dataset, int models, long seed) {
        Random random = new Random(seed);
        long quads = 0;
        List<Quad> batch = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            int doc = m / MODELS_PER_DOCUMENT;
            String path = "generated/page-" + doc + ".md";
            Node graph = iri(NodeKind.DOCUMENT.instanceIri(path));
            Node section = iri(NodeKind.SECTION.instanceIri(path + "#s" + (m % SECTIONS_PER_DOCUMENT)));
            if (m % MODELS_PER_DOCUMENT == 0) {
                add(batch, graph, graph, Labels.TYPE, iri(NodeKind.DOCUMENT.iri()));
                add(batch, graph, graph, Labels.LABEL, text("Page " + doc));
                add(batch, graph, graph, Attribute.TITLE.iri(), text("Page " + doc));
                add(batch, graph, graph, Attribute.SOURCE_PATH.iri(), text(path));
            }
            if (m % MODELS_PER_DOCUMENT < SECTIONS_PER_DOCUMENT) {
                add(batch, graph, section, Labels.TYPE, iri(NodeKind.SECTION.iri()));
                add(batch, graph, section, Labels.LABEL, text("Section " + (m % SECTIONS_PER_DOCUMENT) + " of page " + doc));
                add(batch, graph, section, Relation.PART_OF.iri(), graph);
            }
            Node model = model(m);
            int line = 10 + m % MODELS_PER_DOCUMENT;
            add(batch, graph, model, Labels.TYPE, iri(NodeKind.MODEL.iri()));
            add(batch, graph, model, Labels.LABEL, text(modelLabel(m)));
            add(batch, graph, model, Labels.ALT_LABEL, text("model-" + m));
            evidence(batch, graph, model, "model-" + m, path, line, modelLabel(m) + " is a model.", "GazetteerModelRule");
            add(batch, graph, section, Relation.MENTIONS.iri(), model);
            add(batch, graph, model, Relation.HAS_MODALITY.iri(),
                    iri(NodeKind.MODALITY.instanceIri(MODALITIES[random.nextInt(MODALITIES.length)])));
            if (m > 0) {
                Node base = model(random.nextInt(m));
                relation(batch, graph, model, Relation.BUILDS_ON, base, "builds-on-" + m, path, line,
                        modelLabel(m) + " builds on an earlier model.", "BuildsOnPhraseRule");
            }
            if (m % 2 == 0) {
                Node paper = iri(NodeKind.PAPER.instanceIri("arxiv-2401." + String.format("%05d", m)));
                add(batch, graph, paper, Labels.TYPE, iri(NodeKind.PAPER.iri()));
                add(batch, graph, paper, Labels.LABEL, text(modelLabel(m) + ": a generated paper"));
                add(batch, graph, paper, Attribute.ARXIV_ID.iri(), text("2401." + String.format("%05d", m)));
                add(batch, graph, section, Relation.MENTIONS.iri(), paper);
                add(batch, graph, model, Relation.DESCRIBED_IN.iri(), paper);
            }
            if (batch.size() > 10_000) {
                quads += flush(dataset, batch);
            }
        }
        for (String modality : MODALITIES) {
            Node node = iri(NodeKind.MODALITY.instanceIri(modality));
            Node graph = iri(NodeKind.DOCUMENT.instanceIri("generated/page-0.md"));
            add(batch, graph, node, Labels.TYPE, iri(NodeKind.MODALITY.iri()));
            add(batch, graph, node, Labels.LABEL, text(modality));
        }
        return quads + flush(dataset, batch);
    }

    private static void relation(List<Quad> batch, Node graph, Node from, Relation relation, Node to, String key,
            String path, int line, String sentence, String rule) {
        add(batch, graph, from, relation.iri(), to);
        Node statement = iri(Provenance.statementIri(key));
        add(batch, graph, statement, Labels.TYPE, iri(Provenance.STATEMENT_CLASS));
        add(batch, graph, statement, Provenance.STATEMENT_SUBJECT, from);
        add(batch, graph, statement, Provenance.STATEMENT_PREDICATE, iri(relation.iri()));
        add(batch, graph, statement, Provenance.STATEMENT_OBJECT, to);
        evidence(batch, graph, statement, key, path, line, sentence, rule);
    }

    private static void evidence(List<Quad> batch, Node graph, Node subject, String key, String path, int line,
            String sentence, String rule) {
        Node evidence = iri(Provenance.evidenceIri(key));
        add(batch, graph, subject, Provenance.EVIDENCE, evidence);
        add(batch, graph, evidence, Labels.TYPE, iri(Provenance.EVIDENCE_CLASS));
        add(batch, graph, evidence, Provenance.SOURCE_PATH, text(path));
        add(batch, graph, evidence, Provenance.SOURCE_LINE, NodeFactory.createLiteralDT(Integer.toString(line), XSDDatatype.XSDinteger));
        add(batch, graph, evidence, Provenance.SOURCE_TEXT, text(sentence));
        add(batch, graph, evidence, Provenance.RULE, text(rule));
    }

    private static long flush(DatasetGraph dataset, List<Quad> batch) {
        batch.forEach(dataset::add);
        long n = batch.size();
        batch.clear();
        return n;
    }

    private static void add(List<Quad> batch, Node graph, Node subject, String property, Node object) {
        batch.add(Quad.create(graph, subject, iri(property), object));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
