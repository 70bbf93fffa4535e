package org.genaikg.api.stats;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** The SPARQL behind {@code /api/stats}. */
final class StatsQueries {
    /** Distinct instances of one class ({@code $class}). */
    static final String INSTANCES_OF = """
            SELECT (COUNT(DISTINCT ?node) AS ?count) WHERE { ?node a $class }
            """;

    /** Distinct edges of one relation ({@code $relation}). */
    static final String EDGES_OF = """
            SELECT (COUNT(*) AS ?count) WHERE { ?from $relation ?to }
            """;

    private StatsQueries() {}

    static Query instancesOf(NodeKind kind) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(INSTANCES_OF);
        query.setIri("class", kind.iri());
        return query.asQuery();
    }

    static Query edgesOf(Relation relation) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(EDGES_OF);
        query.setIri("relation", relation.iri());
        return query.asQuery();
    }
}
