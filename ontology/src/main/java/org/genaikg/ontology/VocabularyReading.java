package org.genaikg.ontology;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;

/** Reading the values of one term of a curated vocabulary, sorted so that results are stable. */
final class VocabularyReading {
    static final Property TYPE = ResourceFactory.createProperty(Labels.TYPE);
    static final Property LABEL = ResourceFactory.createProperty(Labels.LABEL);
    static final Property ALT_LABEL = ResourceFactory.createProperty(Labels.ALT_LABEL);
    static final Property COMMENT = ResourceFactory.createProperty(Namespaces.RDFS + "comment");

    private VocabularyReading() {}

    /** The one rdfs:label of the term; fails if it has none or several. */
    static String label(Resource term, String resource) {
        List<String> labels = strings(term, LABEL);
        if (labels.size() != 1) {
            throw new OntologyResourceException(resource + ": " + term + " has " + labels.size() + " rdfs:label values, not one");
        }
        return labels.get(0);
    }

    /** The lexical forms of the literal values of a property, sorted. */
    static List<String> strings(Resource term, Property property) {
        return term.listProperties(property).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isLiteral)
                .mapWith(node -> node.asLiteral().getLexicalForm())
                .toList().stream().sorted().toList();
    }

    /** The IRIs of the resource values of a property, sorted. */
    static List<String> iris(Resource term, Property property) {
        return term.listProperties(property).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isURIResource)
                .mapWith(node -> node.asResource().getURI())
                .toList().stream().sorted().toList();
    }

    /** The lexical form of the one literal value of a property, if any. */
    static Optional<String> optionalString(Resource term, Property property) {
        return strings(term, property).stream().findFirst();
    }
}
