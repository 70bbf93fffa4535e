package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {
    private static final String SMALL_VALID_GRAPH = "org/genaikg/ontology/fixtures/small-valid-graph.ttl";
    private static final String PAPER = NodeKind.PAPER.instanceIri("arxiv-2307.09288");
    private static final String SECTION = NodeKind.SECTION.instanceIri("models/llms.md#llama");
    private static final String LLAMA = NodeKind.MODEL.instanceIri("llama");
    private static final String LLAMA_2 = NodeKind.MODEL.instanceIri("llama-2");
    private static final String REVISION_2 = History.revisionIri("2222222222222222222222222222222222222222");

    private final ShapesValidator validator = ShapesValidator.load();

    @Test
    void aSmallCompleteGraphConforms() {
        ValidationResult result = validator.validate(smallValidGraph().getGraph());
        assertTrue(result.conforms(), () -> String.join("\n", result.lines()));
        assertEquals(List.of(), result.violations());
    }

    @Test
    void aPaperWithoutTitleIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(PAPER).removeAll(DCTerms.title);
        assertViolation(graph, PAPER, "dcterms:title");
    }

    @Test
    void buildsOnFromAPaperIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(PAPER).addProperty(GKG.buildsOn, graph.getResource(LLAMA));
        assertViolation(graph, PAPER, "gkg:buildsOn");
    }

    @Test
    void aSectionWithoutEvidenceIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(SECTION).removeAll(GKG.evidence);
        assertViolation(graph, SECTION, "gkg:evidence");
    }

    @Test
    void aSectionLevelOutsideOneToSixIsReported() {
        Model graph = smallValidGraph();
        Resource section = graph.getResource(SECTION);
        section.removeAll(GKG.level).addLiteral(GKG.level, graph.createTypedLiteral(java.math.BigInteger.valueOf(7)));
        assertViolation(graph, SECTION, "gkg:level");
    }

    @Test
    void anArxivIdWithAVersionIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(PAPER).removeAll(GKG.arxivId).addProperty(GKG.arxivId, "2307.09288v2");
        assertViolation(graph, PAPER, "gkg:arxivId");
    }

    @Test
    void aModalityOutsideTheVocabularyIsReported() {
        Model graph = smallValidGraph();
        String multimodal = NodeKind.MODALITY.instanceIri("multimodal");
        graph.getResource(multimodal).addProperty(RDF.type, GKG.Modality);
        assertViolation(graph, multimodal, "modality vocabulary");
    }

    @Test
    void aReifiedRelationThatIsNotAssertedIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(NodeKind.MODEL.instanceIri("llama-2")).removeAll(GKG.buildsOn);
        assertViolation(graph, Provenance.statementIri("s1"), "not asserted");
    }

    @Test
    void aRevisionWithAShortCommitIdIsReported() {
        Model graph = smallValidGraph();
        Resource revision = graph.getResource(REVISION_2);
        revision.removeAll(GKG.commitId).addProperty(GKG.commitId, "2222222");
        assertViolation(graph, REVISION_2, "gkg:commitId");
    }

    @Test
    void aPresenceRemovedBeforeItsLastRevisionIsReported() {
        Model graph = smallValidGraph();
        Resource presence = graph.getResource(History.presenceIri("p1"));
        presence.addProperty(GKG.removedIn, graph.getResource(REVISION_2));
        assertViolation(graph, History.presenceIri("p1"), "removed after its last revision");
    }

    @Test
    void aNodeWithAPresenceButNoFirstRevisionIsReported() {
        Model graph = smallValidGraph();
        graph.getResource(LLAMA_2).removeAll(GKG.firstSeen);
        assertViolation(graph, LLAMA_2, "gkg:firstSeen");
    }

    @Test
    void anEvidenceGeneratedByTwoRevisionsIsReported() {
        Model graph = smallValidGraph();
        String evidence = Provenance.evidenceIri("e3");
        graph.getResource(evidence).addProperty(graph.createProperty(History.WAS_GENERATED_BY), graph.getResource(REVISION_2));
        assertViolation(graph, evidence, "prov:wasGeneratedBy");
    }

    private void assertViolation(Model graph, String focusNode, String mentioned) {
        ValidationResult result = validator.validate(graph.getGraph());
        assertFalse(result.conforms());
        assertTrue(result.violations().stream()
                        .anyMatch(v -> v.focusNode().equals(focusNode) && v.line().contains(mentioned)),
                () -> "no violation of " + focusNode + " mentioning " + mentioned + " in:\n" + String.join("\n", result.lines()));
    }

    private static Model smallValidGraph() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(ShapesValidatorTest.class.getClassLoader().getResource(SMALL_VALID_GRAPH).toString()).parse(model);
        return model;
    }
}
