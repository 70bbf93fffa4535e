package org.genaikg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.ShapesValidator;
import org.genaikg.ontology.ValidationResult;
import org.junit.jupiter.api.Test;

class RdfMappingTest {
    private static final String PREFIXES = "PREFIX gkg: <" + Namespaces.GKG + ">\n"
            + "PREFIX rdf: <" + Namespaces.RDF + ">\n"
            + "PREFIX rdfs: <" + Namespaces.RDFS + ">\n";

    private final Graph graph = RdfMapping.toGraph(SampleGraph.graph());

    @Test
    void everyNodeHasItsClassAndALabelAndADocumentIsLabelledByItsTitle() {
        assertEquals(Set.of("Models"), objects(SampleGraph.DOCUMENT, Labels.LABEL));
        assertEquals(Set.of(NodeKind.DOCUMENT.iri()), objects(SampleGraph.DOCUMENT, Labels.TYPE));
        assertEquals(Set.of(NodeKind.MODEL.iri()), objects(SampleGraph.MODEL, Labels.TYPE));
        assertEquals(Set.of("Shepherd"), objects(SampleGraph.MODEL, Labels.LABEL));
        assertEquals(Set.of("shepherd"), objects(SampleGraph.MODEL, Labels.ALT_LABEL));
    }

    @Test
    void levelsLinesAndYearsAreXsdIntegers() {
        Node level = graph.find(iri(SampleGraph.SECTION), iri(Attribute.LEVEL.iri()), Node.ANY).next().getObject();
        Node year = graph.find(iri(SampleGraph.PAPER), iri(Attribute.YEAR.iri()), Node.ANY).next().getObject();

        assertEquals(XSDDatatype.XSDinteger, level.getLiteralDatatype());
        assertEquals(2, ((Number) level.getLiteralValue()).intValue());
        assertEquals(XSDDatatype.XSDinteger, year.getLiteralDatatype());
    }

    @Test
    void aUrlIsAnAnyUriLiteral() {
        Node url = graph.find(iri(SampleGraph.PAPER), iri(Attribute.URL.iri()), Node.ANY).next().getObject();

        assertEquals(XSDDatatype.XSDanyURI, url.getLiteralDatatype());
        assertEquals("https://arxiv.org/abs/2308.04592", url.getLiteralLexicalForm());
    }

    @Test
    void theMappedGraphSatisfiesTheShapes() {
        ValidationResult result = ShapesValidator.load().validate(graph);

        assertTrue(result.conforms(), String.join("\n", result.lines()));
    }

    @Test
    void anEdgeIsReifiedWithOneEvidencePerPlaceItWasFound() {
        List<String> texts = select("""
                SELECT ?text WHERE {
                  ?statement a rdf:Statement ; rdf:subject ?s ; rdf:predicate gkg:describedIn ; rdf:object ?o ;
                             gkg:evidence ?evidence .
                  ?evidence a gkg:Evidence ; gkg:sourceText ?text .
                }""", "text");

        assertEquals(List.of(SampleGraph.SENTENCE, SampleGraph.TITLE_TEXT), texts.stream().sorted().toList());
        assertTrue(graph.contains(iri(SampleGraph.MODEL), iri(org.genaikg.ontology.Relation.DESCRIBED_IN.iri()), iri(SampleGraph.PAPER)));
    }

    @Test
    void theSentenceBehindAnEdgeIsFoundWithItsPathLineAndRule() {
        List<String> rows = select("""
                SELECT ?row WHERE {
                  ?model rdfs:label "Shepherd" .
                  ?statement rdf:subject ?model ; rdf:predicate gkg:describedIn ; gkg:evidence ?evidence .
                  ?evidence gkg:sourcePath ?path ; gkg:sourceLine ?line ; gkg:rule ?rule ; gkg:sourceText ?text ;
                            <%s> ?document .
                  ?document gkg:sourcePath ?path .
                  BIND(CONCAT(?path, ":", STR(?line), " ", ?rule) AS ?row)
                }""".formatted(Provenance.WAS_DERIVED_FROM), "row");

        assertEquals(List.of(SampleGraph.PAGE + ":7 paper-title-prefix", SampleGraph.PAGE + ":9 described-in-sentence"),
                rows.stream().sorted().toList());
    }

    @Test
    void everyNodeLinksToAnEvidencePerPlaceItWasFound() {
        Set<String> evidences = objects(SampleGraph.MODEL, Provenance.EVIDENCE);
        assertEquals(2, evidences.size());
        for (String evidence : evidences) {
            assertTrue(evidence.startsWith(Provenance.evidenceIri("")), evidence);
            assertEquals(Set.of(Provenance.EVIDENCE_CLASS), objects(evidence, Labels.TYPE));
        }
    }

    @Test
    void evidenceAndStatementIrisAreTheSameOnEveryRun() {
        Graph again = RdfMapping.toGraph(SampleGraph.graph());
        assertEquals(graph.size(), again.size());
        assertEquals(graph.size(), again.find().filterKeep(graph::contains).toList().size());
    }

    @Test
    void aDocumentsContributionsSitInItsNamedGraph() {
        DatasetGraph dataset = RdfMapping.toDataset(SampleGraph.graph());
        Node page = iri(SampleGraph.DOCUMENT);
        Node other = iri(SampleGraph.OTHER_DOCUMENT);
        Node model = iri(SampleGraph.MODEL);
        Node type = iri(Labels.TYPE);

        Set<Node> graphs = new java.util.HashSet<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(Set.of(page, other), graphs);
        assertTrue(dataset.contains(page, model, type, iri(NodeKind.MODEL.iri())));
        assertTrue(dataset.contains(other, model, type, iri(NodeKind.MODEL.iri())), "found on both pages, typed in both");
        assertFalse(dataset.contains(other, iri(SampleGraph.SECTION), Node.ANY, Node.ANY), "the section is on one page only");
        assertFalse(dataset.contains(other, Node.ANY, iri(org.genaikg.ontology.Relation.DESCRIBED_IN.iri()), Node.ANY));
        assertTrue(dataset.getDefaultGraph().isEmpty());
    }

    @Test
    void aNodeWithoutEvidenceGoesToTheDefaultGraph() {
        var bare = SampleGraph.node(NodeKind.CONCEPT, NodeKind.CONCEPT.instanceIri("attention"), "Attention",
                Set.of(), new TreeMap<>(), List.<SourceSpan>of());
        DatasetGraph dataset = RdfMapping.toDataset(new KnowledgeGraph(List.of(bare), List.of(), List.of(), 0));

        assertTrue(dataset.contains(Quad.defaultGraphIRI, iri(bare.iri()), iri(Labels.TYPE), iri(NodeKind.CONCEPT.iri())));
        assertFalse(dataset.listGraphNodes().hasNext());
    }

    private List<String> select(String query, String variable) {
        return QueryExec.graph(graph).query(PREFIXES + query).select().stream()
                .map(row -> row.get(variable))
                .map(node -> node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI())
                .toList();
    }

    private Set<String> objects(String subject, String predicate) {
        return graph.find(iri(subject), iri(predicate), Node.ANY).toList().stream()
                .map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI())
                .collect(Collectors.toSet());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
