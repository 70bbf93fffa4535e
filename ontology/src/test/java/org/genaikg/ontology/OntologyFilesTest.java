package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped Turtle files parse, and the ontology is closed: every class and term it or the other files use is declared. */
class OntologyFilesTest {
    /** Vocabularies the ontology aligns to; their classes are declared there, not here. */
    private static final List<String> ALIGNED_VOCABULARIES =
            List.of(Namespaces.SCHEMA, Namespaces.SKOS, Namespaces.PROV, Namespaces.RDF, Namespaces.RDFS);

    @ParameterizedTest
    @ValueSource(strings = {OntologyResources.ONTOLOGY, OntologyResources.MODALITIES, OntologyResources.GAZETTEER,
        OntologyResources.SOFTWARE_NAMES, OntologyResources.SHAPES})
    void eachShippedFileParsesToTriples(String resource) {
        assertFalse(OntologyResources.load(resource).isEmpty(), resource + " is empty");
    }

    @Test
    void aMissingResourceIsReportedByName() {
        OntologyResourceException e = assertThrows(OntologyResourceException.class,
                () -> OntologyResources.load("/org/genaikg/ontology/no-such-file.ttl"));
        assertTrue(e.getMessage().contains("no-such-file.ttl"));
    }

    @Test
    void theOntologyIsDeclared() {
        assertEquals(1, OntologyTerms.ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList().size());
    }

    @Test
    void everyClassNamedInADomainOrRangeIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        for (Property position : List.of(RDFS.domain, RDFS.range, RDFS.subClassOf)) {
            for (Statement statement : OntologyTerms.ONTOLOGY.listStatements(null, position, (RDFNode) null).toList()) {
                if (isDatatypeRange(statement)) {
                    continue;
                }
                for (String type : OntologyTerms.classesOf(statement.getObject())) {
                    if (!isDeclaredClass(type)) {
                        undeclared.add(statement.getSubject() + " " + position.getLocalName() + " " + type);
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyDatatypePropertyHasAnXsdRange() {
        for (Resource property : OntologyTerms.ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList()) {
            if (property.getURI().startsWith(Namespaces.GKG)) {
                assertTrue(property.getPropertyResourceValue(RDFS.range).getURI().startsWith(Namespaces.XSD), property + " range");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {OntologyResources.MODALITIES, OntologyResources.GAZETTEER, OntologyResources.SOFTWARE_NAMES, OntologyResources.SHAPES})
    void everyGkgTermAnotherFileUsesIsDeclared(String resource) {
        Model model = OntologyResources.load(resource);
        Set<String> undeclared = new TreeSet<>();
        Set<String> declared = OntologyTerms.declaredGkgTerms();
        for (Statement statement : model.listStatements().toList()) {
            for (RDFNode node : List.of(statement.getPredicate(), statement.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(Namespaces.GKG)
                        && !declared.contains(node.asResource().getURI())) {
                    undeclared.add(node.asResource().getURI());
                }
            }
        }
        assertEquals(Set.of(), undeclared, resource + " uses undeclared terms");
    }

    private static boolean isDatatypeRange(Statement statement) {
        return statement.getPredicate().equals(RDFS.range)
                && statement.getSubject().hasProperty(RDF.type, OWL.DatatypeProperty)
                || statement.getPredicate().equals(RDFS.range)
                && statement.getSubject().hasProperty(RDF.type, OWL.AnnotationProperty);
    }

    private static boolean isDeclaredClass(String iri) {
        if (iri.startsWith(Namespaces.GKG)) {
            return OntologyTerms.ONTOLOGY.getResource(iri).hasProperty(RDF.type, OWL.Class);
        }
        return ALIGNED_VOCABULARIES.stream().anyMatch(iri::startsWith);
    }
}
