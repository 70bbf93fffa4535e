package org.genaikg.api.index;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/** The SPARQL that loads a {@link GraphSnapshot}. */
final class IndexQueries {
    /** Every node of a gkg class with its label. */
    static final String LABELLED_NODES = """
            SELECT ?node ?class ?label WHERE {
              VALUES (?class) { ?classes }
              ?node a ?class ; $labelProperty ?label .
            }
            """;

    /** Every alias of every node. */
    static final String ALIASES = """
            SELECT ?node ?alias WHERE { ?node $altLabelProperty ?alias }
            """;

    /** The text of every evidence of every node, with where it was found. */
    static final String EVIDENCE_TEXTS = """
            SELECT ?node ?path ?line ?text WHERE {
              ?node $evidenceProperty ?evidence .
              ?evidence $sourceTextProperty ?text .
              OPTIONAL { ?evidence $sourcePathProperty ?path }
              OPTIONAL { ?evidence $sourceLineProperty ?line }
            }
            """;

    /** Every typed relation. */
    static final String RELATIONS = """
            SELECT ?source ?relation ?target WHERE {
              VALUES (?relation) { ?relations }
              ?source ?relation ?target .
            }
            """;

    private IndexQueries() {}

    static Query labelledNodes() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(LABELLED_NODES);
        query.setValues("classes", iris(Arrays.stream(NodeKind.values()).map(NodeKind::iri).toList()));
        query.setIri("labelProperty", Labels.LABEL);
        return query.asQuery();
    }

    static Query aliases() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ALIASES);
        query.setIri("altLabelProperty", Labels.ALT_LABEL);
        return query.asQuery();
    }

    static Query evidenceTexts() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(EVIDENCE_TEXTS);
        query.setIri("evidenceProperty", Provenance.EVIDENCE);
        query.setIri("sourceTextProperty", Provenance.SOURCE_TEXT);
        query.setIri("sourcePathProperty", Provenance.SOURCE_PATH);
        query.setIri("sourceLineProperty", Provenance.SOURCE_LINE);
        return query.asQuery();
    }

    static Query relations() {
        ParameterizedSparqlString query = new ParameterizedSparqlString(RELATIONS);
        query.setValues("relations", iris(Arrays.stream(Relation.values()).map(Relation::iri).toList()));
        return query.asQuery();
    }

    private static List<RDFNode> iris(List<String> iris) {
        return iris.stream().<RDFNode>map(ResourceFactory::createResource).toList();
    }
}
