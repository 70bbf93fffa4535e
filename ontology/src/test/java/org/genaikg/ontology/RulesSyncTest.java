package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** {@link ExtractionRule} and rules.ttl name the same rules, each described in one line. */
class RulesSyncTest {
    private static final Model RULES = OntologyResources.load(OntologyResources.RULES);

    @Test
    void theEnumAndTheFileNameTheSameRules() {
        Set<String> inFile = individuals().stream().map(term -> term.getProperty(RDFS.label).getString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inEnum = Arrays.stream(ExtractionRule.values()).map(ExtractionRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inEnum, inFile);
    }

    @ParameterizedTest
    @EnumSource(ExtractionRule.class)
    void everyRuleIsAnIndividualNamedByItsIdWithAOneLineDescription(ExtractionRule rule) {
        Resource term = RULES.getResource(rule.iri());
        assertTrue(term.hasProperty(RDFS.label, rule.id()), rule.iri() + " is not labelled " + rule.id());
        String description = rule.description();
        assertFalse(description.isBlank());
        assertFalse(description.contains("\n"), rule.id() + "'s description is more than one line");
        assertEquals(rule, ExtractionRule.byId(rule.id()).orElseThrow());
    }

    @Test
    void extractionRuleIsAClassOfTheOntologyAndNoClassOfTheGraph() {
        Resource term = OntologyTerms.ONTOLOGY.getResource(ExtractionRule.CLASS);
        assertTrue(term.hasProperty(RDFS.comment));
        assertFalse(Arrays.stream(NodeKind.values()).anyMatch(kind -> kind.iri().equals(ExtractionRule.CLASS)));
    }

    private static Set<Resource> individuals() {
        return Set.copyOf(RULES.listSubjectsWithProperty(VocabularyReading.TYPE, RULES.createResource(ExtractionRule.CLASS))
                .toList());
    }
}
