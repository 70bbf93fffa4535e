package org.genaikg.api.report;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/** The SPARQL behind the report's history checks ({@link HistoryChecks}), over the history graph {@code kg history} writes (union default graph). */
final class HistoryCheckQueries {
    private static final String PREFIXES = """
            PREFIX gkg:  <https://w3id.org/genai-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    /** Every walked commit: number, id, commit date. */
    static final String REVISIONS = PREFIXES + """
            SELECT ?number ?commit ?date WHERE {
              ?revision a gkg:Revision ; gkg:revisionNumber ?number ; gkg:commitId ?commit ; prov:endedAtTime ?date .
            } ORDER BY ?number
            """;

    /**
     * Per page, the last commit in which one of its facts changed: an evidence of it appeared (a line of it written or
     * moved), or a node or relation found on it came or went.
     */
    static final String LAST_CHANGE_PER_PAGE = PREFIXES + """
            SELECT ?path (MAX(?number) AS ?last) WHERE {
              { ?evidence gkg:sourcePath ?path ; prov:wasGeneratedBy ?revision }
              UNION { ?presence a gkg:Presence ; gkg:sourcePath ?path ; gkg:firstSeen ?revision }
              UNION { ?presence a gkg:Presence ; gkg:sourcePath ?path ; gkg:removedIn ?revision }
              ?revision gkg:revisionNumber ?number .
            } GROUP BY ?path
            """;

    /**
     * Papers and articles now linked whose title an entry of the same page had before with another link; the commit that
     * removed that one. Only titles one node of the class bears now: "Blog" or "Docs" as a link's text names no entry.
     */
    static final String CHANGED_LINKS = PREFIXES + """
            SELECT ?now ?before ?label (MAX(?number) AS ?changedIn) WHERE {
              VALUES ?class { gkg:Paper gkg:Article }
              ?now a ?class ; rdfs:label ?label .
              FILTER NOT EXISTS { ?namesake a ?class ; rdfs:label ?label . FILTER(?namesake != ?now) }
              ?presence gkg:nodeClass ?class ; rdfs:label ?label ; gkg:removedIn ?revision ; gkg:sourcePath ?page .
              ?before gkg:presence ?presence .
              FILTER(?before != ?now)
              FILTER NOT EXISTS { ?before a ?class }
              FILTER EXISTS { ?now gkg:evidence ?evidence . ?evidence gkg:sourcePath ?page }
              ?revision gkg:revisionNumber ?number .
            } GROUP BY ?now ?before ?label
            """;

    /** Models described in a paper in an earlier commit and in none now; the paper, its title then, the commit it went. */
    static final String MODELS_THAT_LOST_THEIR_PAPER = PREFIXES + """
            SELECT ?model ?paper (SAMPLE(?title) AS ?paperTitle) (MAX(?number) AS ?lostIn) WHERE {
              ?model a gkg:Model .
              ?statement rdf:subject ?model ; rdf:predicate gkg:describedIn ; rdf:object ?paper ; gkg:presence ?presence .
              ?presence gkg:removedIn ?revision .
              ?revision gkg:revisionNumber ?number .
              FILTER NOT EXISTS { ?model gkg:describedIn ?paperNow }
              OPTIONAL { ?paper gkg:presence ?paperPresence . ?paperPresence rdfs:label ?title }
            } GROUP BY ?model ?paper
            """;

    private HistoryCheckQueries() {}

    static Query revisions() {
        return query(REVISIONS);
    }

    static Query lastChangePerPage() {
        return query(LAST_CHANGE_PER_PAGE);
    }

    static Query changedLinks() {
        return query(CHANGED_LINKS);
    }

    static Query modelsThatLostTheirPaper() {
        return query(MODELS_THAT_LOST_THEIR_PAPER);
    }

    private static Query query(String text) {
        return new ParameterizedSparqlString(text).asQuery();
    }
}
