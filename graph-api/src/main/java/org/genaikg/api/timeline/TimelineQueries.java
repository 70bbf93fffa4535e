package org.genaikg.api.timeline;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/** The SPARQL behind the timeline, over the history graph {@code kg history} writes (union default graph); the revisions are {@link org.genaikg.api.history.HistoryQueries#revisions()}. */
final class TimelineQueries {
    private static final String PREFIXES = """
            PREFIX gkg:  <https://w3id.org/genai-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    /**
     * Every stay of every node and relation statement ever held: the numbers of its first and last revision,
     * whether a later revision removed it, a node's class and label then, a statement's ends and relation.
     */
    static final String STAYS = PREFIXES + """
            SELECT ?owner ?first ?last ?removed ?class ?label ?from ?relation ?to WHERE {
              ?owner gkg:presence ?presence .
              ?presence gkg:firstSeen/gkg:revisionNumber ?first ; gkg:lastSeen/gkg:revisionNumber ?last .
              OPTIONAL { ?presence gkg:removedIn ?removed }
              OPTIONAL { ?presence gkg:nodeClass ?class }
              OPTIONAL { ?presence rdfs:label ?label }
              OPTIONAL { ?owner rdf:subject ?from ; rdf:predicate ?relation ; rdf:object ?to }
            } ORDER BY ?owner ?first
            """;

    private TimelineQueries() {}

    static Query stays() {
        return new ParameterizedSparqlString(STAYS).asQuery();
    }
}
