package org.genaikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** For every relation, the shapes check exactly the domain and range the ontology declares. */
class RelationShapesMatchOntologyTest {
    private static final Model SHAPES = OntologyResources.load(OntologyResources.SHAPES);

    @ParameterizedTest
    @EnumSource(Relation.class)
    void shapeOfSubjectsChecksTheOntologyDomain(Relation relation) {
        Resource shape = subjectsShape(relation);
        assertEquals(OntologyTerms.classesOf(relation.iri(), RDFS.domain), classesChecked(shape));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void shapeOfValuesChecksTheOntologyRange(Relation relation) {
        Resource valuesShape = SHAPES.listSubjectsWithProperty(SHACLM.path, SHAPES.getResource(relation.iri())).toList().stream()
                .filter(property -> SHAPES.listSubjectsWithProperty(SHACLM.property, property).toList().contains(subjectsShape(relation)))
                .findFirst().orElseThrow(() -> new AssertionError("no property shape for the values of " + relation));
        assertEquals(OntologyTerms.classesOf(relation.iri(), RDFS.range), classesChecked(valuesShape));
    }

    private static Resource subjectsShape(Relation relation) {
        List<Resource> shapes = SHAPES.listSubjectsWithProperty(SHACLM.targetSubjectsOf, SHAPES.getResource(relation.iri())).toList();
        assertEquals(1, shapes.size(), "shapes targeting subjects of " + relation);
        return shapes.get(0);
    }

    /** The classes a shape requires: its sh:class, or the sh:class of each alternative of its sh:or. */
    private static Set<String> classesChecked(Resource shape) {
        Set<String> classes = new TreeSet<>();
        shape.listProperties(SHACLM.class_).forEachRemaining(statement -> classes.add(statement.getResource().getURI()));
        shape.listProperties(SHACLM.or).forEachRemaining(statement -> {
            for (RDFNode alternative : statement.getResource().as(RDFList.class).asJavaList()) {
                classes.add(alternative.asResource().getPropertyResourceValue(SHACLM.class_).getURI());
            }
        });
        assertFalse(classes.isEmpty(), shape + " checks no class");
        return classes;
    }
}
