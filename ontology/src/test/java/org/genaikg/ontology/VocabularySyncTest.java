package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Java vocabulary (enums, {@link Provenance}, {@link Labels}, {@link GKG}) and genai-kg.ttl say the same. */
class VocabularySyncTest {
    private static final Property DOMAIN_INCLUDES = ResourceFactory.createProperty(Namespaces.SCHEMA + "domainIncludes");
    private static final Property RANGE_INCLUDES = ResourceFactory.createProperty(Namespaces.SCHEMA + "rangeIncludes");

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyNodeKindIsADocumentedClass(NodeKind kind) {
        assertDocumented(kind.iri(), OWL.Class);
    }

    @Test
    void evidenceIsADocumentedClass() {
        assertDocumented(Provenance.EVIDENCE_CLASS, OWL.Class);
    }

    @Test
    void softwareNameIsADocumentedClassOutsideTheExtractedGraph() {
        assertDocumented(SoftwareNames.CLASS, OWL.Class);
        assertTrue(term(SoftwareNames.CLASS).getProperty(RDFS.comment).getString().contains("not a class of the extracted graph"));
        assertFalse(java.util.Arrays.stream(NodeKind.values()).anyMatch(kind -> kind.iri().equals(SoftwareNames.CLASS)));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void everyRelationIsAnObjectPropertyWithDomainAndRange(Relation relation) {
        assertDocumentedProperty(relation.iri(), OWL.ObjectProperty);
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void everyRelationHasTheDomainAndRangeOfItsEnumConstant(Relation relation) {
        assertEquals(iris(relation.domain()), OntologyTerms.classesOf(relation.iri(), RDFS.domain), relation + " domain");
        assertEquals(iris(relation.range()), OntologyTerms.classesOf(relation.iri(), RDFS.range), relation + " range");
    }

    @ParameterizedTest
    @EnumSource(Attribute.class)
    void everyAttributeIsDescribedWithItsDatatypeAsRange(Attribute attribute) {
        Resource term = term(attribute.iri());
        if (attribute.iri().startsWith(Namespaces.GKG)) {
            assertDocumentedProperty(attribute.iri(), OWL.DatatypeProperty);
            assertEquals(attribute.datatype().iri(), term.getPropertyResourceValue(RDFS.range).getURI());
        } else {
            assertDocumented(attribute.iri(), OWL.DatatypeProperty);
            assertTrue(term.hasProperty(DOMAIN_INCLUDES), attribute + " has no schema:domainIncludes");
            assertEquals(attribute.datatype().iri(), term.getPropertyResourceValue(RANGE_INCLUDES).getURI());
        }
    }

    @Test
    void provenancePropertiesAreDeclaredWithDomainAndRange() {
        assertDocumentedProperty(Provenance.EVIDENCE, OWL.ObjectProperty);
        assertEquals(Provenance.EVIDENCE_CLASS, term(Provenance.EVIDENCE).getPropertyResourceValue(RDFS.range).getURI());
        for (String iri : Set.of(Provenance.SOURCE_PATH, Provenance.SOURCE_LINE, Provenance.SOURCE_TEXT, Provenance.RULE)) {
            assertDocumentedProperty(iri, OWL.DatatypeProperty);
            assertTrue(OntologyTerms.classesOf(iri, RDFS.domain).contains(Provenance.EVIDENCE_CLASS), iri + " is not on Evidence");
        }
        assertDocumented(Provenance.WAS_DERIVED_FROM, OWL.ObjectProperty);
        assertEquals(Provenance.EVIDENCE_CLASS, term(Provenance.WAS_DERIVED_FROM).getPropertyResourceValue(DOMAIN_INCLUDES).getURI());
    }

    @Test
    void historyClassesAreDocumented() {
        assertDocumented(History.REVISION_CLASS, OWL.Class);
        assertDocumented(History.PRESENCE_CLASS, OWL.Class);
        assertEquals(Namespaces.PROV + "Activity", term(History.REVISION_CLASS).getPropertyResourceValue(RDFS.subClassOf).getURI());
        assertEquals(Namespaces.PROV + "Entity", term(History.PRESENCE_CLASS).getPropertyResourceValue(RDFS.subClassOf).getURI());
    }

    @Test
    void historyPropertiesAreDeclaredWithDomainAndRange() {
        for (String iri : Set.of(History.PRESENCE, History.FIRST_SEEN, History.LAST_SEEN, History.REMOVED_IN, History.NODE_CLASS)) {
            assertDocumentedProperty(iri, OWL.ObjectProperty);
        }
        for (String iri : Set.of(History.FIRST_SEEN, History.LAST_SEEN, History.REMOVED_IN)) {
            assertEquals(History.REVISION_CLASS, term(iri).getPropertyResourceValue(RDFS.range).getURI(), iri);
        }
        assertTrue(OntologyTerms.classesOf(History.FIRST_SEEN, RDFS.domain).containsAll(Set.of(
                NodeKind.MODEL.iri(), Provenance.STATEMENT_CLASS, History.PRESENCE_CLASS)));
        for (String iri : Set.of(History.COMMIT_ID, History.REVISION_NUMBER, History.COMMIT_MESSAGE)) {
            assertDocumentedProperty(iri, OWL.DatatypeProperty);
            assertEquals(History.REVISION_CLASS, term(iri).getPropertyResourceValue(RDFS.domain).getURI(), iri);
        }
        assertTrue(OntologyTerms.classesOf(Provenance.SOURCE_PATH, RDFS.domain).contains(History.PRESENCE_CLASS));
    }

    @Test
    void theProvTermsOfHistoryAreDescribedWithTheirSubjects() {
        for (String iri : Set.of(History.STARTED_AT_TIME, History.ENDED_AT_TIME)) {
            assertDocumented(iri, OWL.DatatypeProperty);
            assertEquals(History.REVISION_CLASS, term(iri).getPropertyResourceValue(DOMAIN_INCLUDES).getURI(), iri);
            assertEquals(History.DATE_TIME, term(iri).getPropertyResourceValue(RANGE_INCLUDES).getURI(), iri);
        }
        for (String iri : Set.of(History.GENERATED_AT_TIME, History.INVALIDATED_AT_TIME)) {
            assertDocumented(iri, OWL.DatatypeProperty);
            assertEquals(History.PRESENCE_CLASS, term(iri).getPropertyResourceValue(DOMAIN_INCLUDES).getURI(), iri);
            assertEquals(History.DATE_TIME, term(iri).getPropertyResourceValue(RANGE_INCLUDES).getURI(), iri);
        }
        assertDocumented(History.WAS_GENERATED_BY, OWL.ObjectProperty);
        assertEquals(History.REVISION_CLASS, term(History.WAS_GENERATED_BY).getPropertyResourceValue(RANGE_INCLUDES).getURI());
    }

    @Test
    void matchCaseIsABooleanAnnotationProperty() {
        assertDocumentedProperty(Labels.MATCH_CASE, OWL.AnnotationProperty);
        assertEquals(XSD.xboolean.getURI(), term(Labels.MATCH_CASE).getPropertyResourceValue(RDFS.range).getURI());
    }

    @Test
    void impliesModalityPointsToModalities() {
        assertDocumentedProperty(Labels.IMPLIES_MODALITY, OWL.ObjectProperty);
        assertEquals(NodeKind.MODALITY.iri(), term(Labels.IMPLIES_MODALITY).getPropertyResourceValue(RDFS.range).getURI());
    }

    @Test
    void everyTermDeclaredInTheOntologyHasAJavaConstant() {
        Set<String> missing = new TreeSet<>(OntologyTerms.declaredGkgTerms());
        missing.removeAll(gkgConstants());
        assertEquals(Set.of(), missing, "declared in genai-kg.ttl but not in GKG");
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() {
        Set<String> undeclared = new TreeSet<>(gkgConstants());
        undeclared.removeAll(OntologyTerms.declaredGkgTerms());
        assertEquals(Set.of(), undeclared, "in GKG but not declared in genai-kg.ttl");
    }

    @Test
    void gkgConstantsAreInTheGkgNamespaceAndNamedByTheirLocalName() throws IllegalAccessException {
        for (Field field : termFields()) {
            Resource term = (Resource) field.get(null);
            assertEquals(GKG.getURI() + field.getName(), term.getURI());
        }
    }

    private static Set<String> iris(Set<NodeKind> kinds) {
        Set<String> iris = new TreeSet<>();
        kinds.forEach(kind -> iris.add(kind.iri()));
        return iris;
    }

    private static Set<String> gkgConstants() {
        Set<String> iris = new TreeSet<>();
        for (Field field : termFields()) {
            try {
                iris.add(((Resource) field.get(null)).getURI());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertFalse(iris.isEmpty());
        return iris;
    }

    private static Set<Field> termFields() {
        Set<Field> fields = new HashSet<>();
        for (Field field : GKG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())
                    && !field.getName().equals("NAMESPACE")) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Resource term(String iri) {
        return OntologyTerms.ONTOLOGY.getResource(iri);
    }

    private static void assertDocumented(String iri, Resource type) {
        Resource term = term(iri);
        assertTrue(term.hasProperty(RDF.type, type), iri + " is not declared a " + type.getLocalName());
        assertTrue(term.hasProperty(RDFS.label), iri + " has no rdfs:label");
        assertTrue(term.hasProperty(RDFS.comment), iri + " has no rdfs:comment");
    }

    private static void assertDocumentedProperty(String iri, Resource type) {
        assertDocumented(iri, type);
        assertTrue(term(iri).hasProperty(RDFS.domain), iri + " has no rdfs:domain");
        assertTrue(term(iri).hasProperty(RDFS.range), iri + " has no rdfs:range");
    }
}
