package org.genaikg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.model.Stay;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;
import org.genaikg.ontology.ShapesValidator;
import org.genaikg.ontology.ValidationResult;
import org.junit.jupiter.api.Test;

/** The history of the sample graph over three revisions, with a model that was there once before and a relation gone since. */
class HistoryMappingTest {
    private static final Revision FIRST = revision(1, "1111111111111111111111111111111111111111", "2024-01-08T22:51:11-08:00");
    private static final Revision SECOND = revision(2, "2222222222222222222222222222222222222222", "2024-01-09T06:20:00-08:00");
    private static final Revision THIRD = revision(3, "3333333333333333333333333333333333333333", "2024-02-01T10:00:00Z");
    private static final String GONE_MODEL = NodeKind.MODEL.instanceIri("llama");
    private static final RelationKey GONE_RELATION = new RelationKey(SampleGraph.MODEL, Relation.BUILDS_ON, GONE_MODEL);

    private final KnowledgeGraph current = SampleGraph.graph();
    private final Graph history = HistoryMapping.toGraph(history(current));

    @Test
    void everyRevisionIsAnActivityWithItsCommitDatesAndMessage() {
        String third = History.revisionIri(THIRD.commitId());
        assertEquals(Set.of(History.REVISION_CLASS), objects(third, Labels.TYPE));
        assertEquals(Set.of(THIRD.commitId()), objects(third, History.COMMIT_ID));
        assertEquals(Set.of("3"), objects(third, History.REVISION_NUMBER));
        assertEquals(Set.of("2024-02-01T10:00:00Z"), objects(third, History.ENDED_AT_TIME));
        assertEquals(Set.of("third"), objects(third, History.COMMIT_MESSAGE));
    }

    @Test
    void aNodeThatLeftAndCameBackHasTwoPresencesAndItsOverallFirstAndLastRevision() {
        assertEquals(Set.of(History.revisionIri(FIRST.commitId())), objects(SampleGraph.MODEL, History.FIRST_SEEN));
        assertEquals(Set.of(History.revisionIri(THIRD.commitId())), objects(SampleGraph.MODEL, History.LAST_SEEN));
        Set<String> presences = objects(SampleGraph.MODEL, History.PRESENCE);
        assertEquals(2, presences.size());
        String ended = HistoryMapping.presenceIri(SampleGraph.MODEL, FIRST);
        assertEquals(Set.of(History.revisionIri(SECOND.commitId())), objects(ended, History.REMOVED_IN));
        assertEquals(Set.of("2024-01-09T06:20:00-08:00"), objects(ended, History.INVALIDATED_AT_TIME));
        assertEquals(Set.of(SampleGraph.PAGE), objects(ended, Provenance.SOURCE_PATH));
        assertEquals(Set.of("Shepherd"), objects(ended, Labels.LABEL));
        assertEquals(Set.of(NodeKind.MODEL.iri()), objects(ended, History.NODE_CLASS));
        assertEquals(Set.of(), objects(HistoryMapping.presenceIri(SampleGraph.MODEL, THIRD), History.REMOVED_IN));
    }

    @Test
    void aNodeNoLongerThereHasNoTypeButItsPresenceNamesIt() {
        assertEquals(Set.of(), objects(GONE_MODEL, Labels.TYPE));
        String presence = HistoryMapping.presenceIri(GONE_MODEL, FIRST);
        assertEquals(Set.of("LLaMA"), objects(presence, Labels.LABEL));
        assertEquals(Set.of(NodeKind.MODEL.iri()), objects(presence, History.NODE_CLASS));
    }

    @Test
    void aRelationNoLongerThereKeepsItsSubjectPredicateAndObject() {
        String statement = RdfMapping.statementIri(GONE_RELATION);
        assertEquals(Set.of(SampleGraph.MODEL), objects(statement, Provenance.STATEMENT_SUBJECT));
        assertEquals(Set.of(Relation.BUILDS_ON.iri()), objects(statement, Provenance.STATEMENT_PREDICATE));
        assertFalse(objects(statement, History.PRESENCE).isEmpty());
    }

    @Test
    void theGraphWithItsHistorySatisfiesTheShapes() {
        Graph union = GraphFactory.createDefaultGraph();
        RdfMapping.toGraph(current).find().forEachRemaining(union::add);
        history.find().forEachRemaining(union::add);
        ValidationResult result = ShapesValidator.load().validate(union);
        assertTrue(result.conforms(), String.join("\n", result.lines()));
    }

    @Test
    void eachEvidenceOfTheLastRevisionWasGeneratedByTheRevisionItAppearedIn() {
        String evidence = RdfMapping.evidenceIri(SampleGraph.MODEL, current.nodes().stream()
                .filter(n -> n.iri().equals(SampleGraph.MODEL)).findFirst().orElseThrow().provenance().get(0));
        assertEquals(Set.of(History.revisionIri(THIRD.commitId())), objects(evidence, History.WAS_GENERATED_BY));
    }

    private static GraphHistory history(KnowledgeGraph current) {
        Map<String, List<Stay>> nodes = new HashMap<>();
        current.nodes().forEach(n -> nodes.put(n.iri(), List.of(new Stay(1, 3, OptionalInt.empty(), List.of(SampleGraph.PAGE), n.label()))));
        nodes.put(SampleGraph.MODEL, List.of(
                new Stay(1, 1, OptionalInt.of(2), List.of(SampleGraph.PAGE), "Shepherd"),
                new Stay(3, 3, OptionalInt.empty(), List.of(SampleGraph.PAGE), "Shepherd")));
        nodes.put(GONE_MODEL, List.of(new Stay(1, 2, OptionalInt.of(3), List.of(SampleGraph.OTHER_PAGE), "LLaMA")));
        Map<RelationKey, List<Stay>> relations = new HashMap<>();
        current.edges().forEach(e -> relations.put(RelationKey.of(e), List.of(new Stay(1, 3, OptionalInt.empty(), List.of(SampleGraph.PAGE), ""))));
        relations.put(GONE_RELATION, List.of(new Stay(1, 2, OptionalInt.of(3), List.of(SampleGraph.OTHER_PAGE), "")));
        Map<String, Integer> evidence = new HashMap<>();
        current.nodes().forEach(n -> n.provenance().forEach(span -> evidence.put(RdfMapping.evidenceIri(n.iri(), span), 3)));
        return new GraphHistory(List.of(FIRST, SECOND, THIRD), nodes, relations, evidence);
    }

    private static Revision revision(int number, String commit, String date) {
        String message = switch (number) {
            case 1 -> "first";
            case 2 -> "second";
            default -> "third";
        };
        return new Revision(number, commit, OffsetDateTime.parse(date), OffsetDateTime.parse(date), message);
    }

    private Set<String> objects(String subject, String predicate) {
        return history.find(NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY).toList().stream()
                .map(t -> t.getObject().isURI() ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm())
                .collect(Collectors.toSet());
    }
}
