package org.genaikg.api.nodes;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/** The SPARQL behind {@code /api/nodes/{id}}; {@code $node} is always bound to the node's IRI. */
final class NodeQueries {
    /** Every statement about the node. */
    static final String STATEMENTS = """
            SELECT ?property ?value WHERE { $node ?property ?value }
            """;

    /** Its evidence: where it was found, the text, the rule. */
    static final String EVIDENCE = """
            SELECT ?path ?line ?text ?rule WHERE {
              $node $evidenceProperty ?evidence .
              OPTIONAL { ?evidence $sourcePathProperty ?path }
              OPTIONAL { ?evidence $sourceLineProperty ?line }
              OPTIONAL { ?evidence $sourceTextProperty ?text }
              OPTIONAL { ?evidence $ruleProperty ?rule }
            }
            ORDER BY ?path ?line ?rule
            """;

    /** Typed relations from the node, with the other end's label and classes. */
    static final String OUTGOING = """
            SELECT ?relation ?other ?label ?class WHERE {
              VALUES (?relation) { ?relations }
              $node ?relation ?other .
              OPTIONAL { ?other $labelProperty ?label }
              OPTIONAL { ?other a ?class }
            }
            """;

    /** Typed relations to the node, with the other end's label and classes. */
    static final String INCOMING = """
            SELECT ?relation ?other ?label ?class WHERE {
              VALUES (?relation) { ?relations }
              ?other ?relation $node .
              OPTIONAL { ?other $labelProperty ?label }
              OPTIONAL { ?other a ?class }
            }
            """;

    /** The evidence of every relation the node takes part in, through the reified statements. */
    static final String RELATION_EVIDENCE = """
            SELECT ?subject ?relation ?object ?path ?line ?text ?rule WHERE {
              { ?statement $statementSubject $node } UNION { ?statement $statementObject $node }
              ?statement $statementSubject ?subject ;
                         $statementPredicate ?relation ;
                         $statementObject ?object ;
                         $evidenceProperty ?evidence .
              OPTIONAL { ?evidence $sourcePathProperty ?path }
              OPTIONAL { ?evidence $sourceLineProperty ?line }
              OPTIONAL { ?evidence $sourceTextProperty ?text }
              OPTIONAL { ?evidence $ruleProperty ?rule }
            }
            ORDER BY ?path ?line ?rule
            """;

    private NodeQueries() {}

    static Query statements(String node) {
        return about(STATEMENTS, node).asQuery();
    }

    static Query evidence(String node) {
        return withEvidenceTerms(about(EVIDENCE, node)).asQuery();
    }

    static Query outgoing(String node) {
        return withRelations(about(OUTGOING, node)).asQuery();
    }

    static Query incoming(String node) {
        return withRelations(about(INCOMING, node)).asQuery();
    }

    static Query relationEvidence(String node) {
        ParameterizedSparqlString query = withEvidenceTerms(about(RELATION_EVIDENCE, node));
        query.setIri("statementSubject", Provenance.STATEMENT_SUBJECT);
        query.setIri("statementPredicate", Provenance.STATEMENT_PREDICATE);
        query.setIri("statementObject", Provenance.STATEMENT_OBJECT);
        return query.asQuery();
    }

    private static ParameterizedSparqlString about(String text, String node) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        query.setIri("node", node);
        return query;
    }

    private static ParameterizedSparqlString withEvidenceTerms(ParameterizedSparqlString query) {
        query.setIri("evidenceProperty", Provenance.EVIDENCE);
        query.setIri("sourcePathProperty", Provenance.SOURCE_PATH);
        query.setIri("sourceLineProperty", Provenance.SOURCE_LINE);
        query.setIri("sourceTextProperty", Provenance.SOURCE_TEXT);
        query.setIri("ruleProperty", Provenance.RULE);
        return query;
    }

    private static ParameterizedSparqlString withRelations(ParameterizedSparqlString query) {
        List<RDFNode> relations = Arrays.stream(Relation.values())
                .<RDFNode>map(r -> ResourceFactory.createResource(r.iri()))
                .toList();
        query.setValues("relations", relations);
        query.setIri("labelProperty", Labels.LABEL);
        return query;
    }
}
