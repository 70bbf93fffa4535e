package org.genaikg.api.history;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * The SPARQL behind {@code /api/history/*}, over the history graph {@code kg history} writes (union
 * default graph). docs/history.md shows the same queries ({@link #GROWTH} word for word; the others
 * with an example's values where these take parameters).
 */
public final class HistoryQueries {
    private static final String PREFIXES = """
            PREFIX gkg:  <https://w3id.org/genai-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    /** Whether {@code kg history} wrote a history into this data folder. */
    static final String HAS_HISTORY = PREFIXES + """
            ASK { ?revision a gkg:Revision }
            """;

    /** Every walked commit, oldest first. */
    static final String REVISIONS = PREFIXES + """
            SELECT ?number ?commit ?date ?message WHERE {
              ?revision a gkg:Revision ; gkg:revisionNumber ?number ; gkg:commitId ?commit ; prov:endedAtTime ?date .
              OPTIONAL { ?revision gkg:commitMessage ?message }
            } ORDER BY ?number
            """;

    /** The walked commits whose id starts with {@code $prefix}. */
    static final String COMMITS_STARTING_WITH = PREFIXES + """
            SELECT ?number ?commit WHERE {
              ?revision gkg:commitId ?commit ; gkg:revisionNumber ?number .
              FILTER(STRSTARTS(?commit, $prefix))
            } ORDER BY ?number
            """;

    /**
     * What the commits numbered {@code $from} to {@code $to} added and removed: a node with its class,
     * label and pages, a relation with its ends and type (and the pages it came from), one row per stay
     * that began or ended there.
     */
    static final String CHANGES = PREFIXES + """
            SELECT ?number ?commit ?change ?owner ?class ?label ?from ?relation ?to
                   (GROUP_CONCAT(DISTINCT ?page; separator="\\n") AS ?pages) WHERE {
              ?revision gkg:revisionNumber ?number ; gkg:commitId ?commit .
              FILTER(?number >= $first && ?number <= $last)
              { ?presence gkg:firstSeen ?revision . BIND("added" AS ?change) }
              UNION
              { ?presence gkg:removedIn ?revision . BIND("removed" AS ?change) }
              ?owner gkg:presence ?presence .
              OPTIONAL { ?presence gkg:nodeClass ?class }
              OPTIONAL { ?presence rdfs:label ?label }
              OPTIONAL { ?owner rdf:subject ?from ; rdf:predicate ?relation ; rdf:object ?to }
              OPTIONAL { ?presence gkg:sourcePath ?page }
            } GROUP BY ?number ?commit ?change ?owner ?class ?label ?from ?relation ?to
            ORDER BY ?number ?change ?class ?relation ?owner
            """;

    /** The stays of one node ({@code $node}), oldest first: where each began and ended, and its pages then. */
    static final String STAYS = PREFIXES + """
            SELECT ?firstNumber ?firstCommit ?firstDate ?lastCommit ?lastDate ?removedCommit ?removedDate ?class ?label
                   (GROUP_CONCAT(DISTINCT ?page; separator="\\n") AS ?pages) WHERE {
              $node gkg:presence ?presence .
              ?presence gkg:firstSeen ?first ; gkg:lastSeen ?last .
              ?first gkg:revisionNumber ?firstNumber ; gkg:commitId ?firstCommit ; prov:endedAtTime ?firstDate .
              ?last gkg:commitId ?lastCommit ; prov:endedAtTime ?lastDate .
              OPTIONAL { ?presence gkg:removedIn ?removed . ?removed gkg:commitId ?removedCommit ; prov:endedAtTime ?removedDate }
              OPTIONAL { ?presence gkg:nodeClass ?class }
              OPTIONAL { ?presence rdfs:label ?label }
              OPTIONAL { ?presence gkg:sourcePath ?page }
            } GROUP BY ?firstNumber ?firstCommit ?firstDate ?lastCommit ?lastDate ?removedCommit ?removedDate ?class ?label
            ORDER BY ?firstNumber
            """;

    /** Per month of the commit date: models, papers, concepts and relations that first appeared then. */
    static final String GROWTH = PREFIXES + """
            SELECT ?month (SUM(?m) AS ?models) (SUM(?p) AS ?papers) (SUM(?c) AS ?concepts) (SUM(?r) AS ?relations) WHERE {
              ?owner gkg:firstSeen ?revision ; gkg:presence ?presence .
              ?presence gkg:firstSeen ?revision .
              OPTIONAL { ?presence gkg:nodeClass ?class }
              ?revision prov:endedAtTime ?date .
              BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
              BIND(COALESCE(?class, "relation") AS ?kind)
              BIND(IF(sameTerm(?kind, gkg:Model), 1, 0) AS ?m) BIND(IF(sameTerm(?kind, gkg:Paper), 1, 0) AS ?p)
              BIND(IF(sameTerm(?kind, gkg:Concept), 1, 0) AS ?c) BIND(IF(sameTerm(?kind, "relation"), 1, 0) AS ?r)
            } GROUP BY ?month ORDER BY ?month
            """;

    private HistoryQueries() {}

    static Query hasHistory() {
        return new ParameterizedSparqlString(HAS_HISTORY).asQuery();
    }

    /** {@link #REVISIONS}: {@code ?number ?commit ?date ?message}, oldest first (the timeline reads them too). */
    public static Query revisions() {
        return new ParameterizedSparqlString(REVISIONS).asQuery();
    }

    static Query commitsStartingWith(String prefix) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(COMMITS_STARTING_WITH);
        query.setLiteral("prefix", prefix);
        return query.asQuery();
    }

    /** {@link #CHANGES}, {@code limit} rows from the {@code offset}-th (its order makes the pages stable). */
    static Query changes(long first, long last, long offset, long limit) {
        ParameterizedSparqlString text = new ParameterizedSparqlString(CHANGES);
        text.setLiteral("first", first);
        text.setLiteral("last", last);
        Query query = text.asQuery();
        query.setOffset(offset);
        query.setLimit(limit);
        return query;
    }

    static Query stays(String nodeIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(STAYS);
        query.setIri("node", nodeIri);
        return query.asQuery();
    }

    static Query growth() {
        return new ParameterizedSparqlString(GROWTH).asQuery();
    }
}
