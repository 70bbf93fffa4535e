package org.genaikg.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/** Test helpers reading the ontology: declared terms, and classes named directly or by owl:unionOf. */
final class OntologyTerms {
    static final Model ONTOLOGY = OntologyResources.load(OntologyResources.ONTOLOGY);

    private OntologyTerms() {}

    /** The IRIs of the gkg: terms declared as OWL classes or properties. */
    static Set<String> declaredGkgTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (term.isURIResource() && term.getURI().startsWith(Namespaces.GKG)) {
                    terms.add(term.getURI());
                }
            });
        }
        return terms;
    }

    /** The class IRIs a domain or range names: itself, or the members of its owl:unionOf. */
    static Set<String> classesOf(RDFNode node) {
        Set<String> classes = new TreeSet<>();
        if (node.isURIResource()) {
            classes.add(node.asResource().getURI());
        } else if (node.isAnon() && node.asResource().hasProperty(OWL.unionOf)) {
            RDFList members = node.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
            members.iterator().forEachRemaining(member -> classes.add(member.asResource().getURI()));
        }
        return classes;
    }

    /** The classes named by every value of a property of a term (rdfs:domain, rdfs:range, ...). */
    static Set<String> classesOf(String term, Property property) {
        Set<String> classes = new TreeSet<>();
        List<RDFNode> values = new ArrayList<>(ONTOLOGY.getResource(term).listProperties(property)
                .mapWith(statement -> statement.getObject()).toList());
        values.forEach(value -> classes.addAll(classesOf(value)));
        return classes;
    }
}
