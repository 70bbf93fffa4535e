package org.genaikg.api.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.report.KnowledgeBaseReport.Check;
import org.genaikg.api.report.KnowledgeBaseReport.Finding;
import org.genaikg.api.report.KnowledgeBaseReport.NodeRef;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Slugs;
import org.springframework.stereotype.Component;

/**
 * The report's checks of the knowledge base through time, from the history {@code kg history} wrote
 * (docs/history.md): pages whose facts have not changed for over a year before the last commit,
 * entries whose link changed, models that lost their paper. None when the data folder holds no history.
 */
@Component
class HistoryChecks {
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

    /** Findings of two nodes: by the first's label, then the second's id. */
    private static final Comparator<Finding> BY_NODES = Comparator
            .comparing((Finding f) -> f.nodes().get(0).label() == null ? "" : f.nodes().get(0).label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(f -> f.nodes().get(1).id());

    /** A page is stale when its facts last changed this long before the last commit. */
    static final Duration STALE = Duration.ofDays(365);

    private final GraphReader reader;

    HistoryChecks(GraphReader reader) {
        this.reader = reader;
    }

    private record Revision(long number, String commit, OffsetDateTime date) {
        String shortCommit() {
            return commit.substring(0, Math.min(7, commit.length()));
        }

        String day() {
            return date.toLocalDate().toString();
        }
    }

    /** The history's checks of {@code snapshot} (the graph of the history's last commit), or none without a history. */
    List<Check> of(GraphSnapshot snapshot) {
        return reader.inOneTransaction(() -> {
            Map<Long, Revision> revisions = new LinkedHashMap<>();
            reader.select(query(REVISIONS), row -> new Revision(row.getLiteral("number").getLong(), text(row, "commit"),
                    OffsetDateTime.parse(text(row, "date")))).forEach(revision -> revisions.put(revision.number(), revision));
            if (revisions.isEmpty()) {
                return List.of();
            }
            Revision last = revisions.values().stream().max(Comparator.comparingLong(Revision::number)).orElseThrow();
            return List.of(
                    check("pages-unchanged-for-a-year", "Pages unchanged for over a year",
                            "No fact of the page (no entry, node or relation found on it) changed in the year before the last "
                                    + "commit (" + last.shortCommit() + ", " + last.day() + "): is it still up to date?",
                            stalePages(snapshot, revisions, last)),
                    check("entries-whose-link-changed", "Entries whose link changed",
                            "An entry now links elsewhere than an entry of the same title did in an earlier commit: check that "
                                    + "the new link is the right one, and that nothing still points to the old one.",
                            changedLinks(snapshot, revisions)),
                    check("models-that-lost-their-paper", "Models that lost their paper",
                            "The model was described in a paper (describedIn) in an earlier commit, and is in none now: was the "
                                    + "entry removed by mistake?",
                            modelsThatLostTheirPaper(snapshot, revisions)));
        });
    }

    private List<Finding> stalePages(GraphSnapshot snapshot, Map<Long, Revision> revisions, Revision last) {
        OffsetDateTime before = last.date().minus(STALE);
        Map<String, Revision> lastChange = new LinkedHashMap<>();
        for (QuerySolution row : reader.select(query(LAST_CHANGE_PER_PAGE), row -> row)) {
            String page = NodeKind.DOCUMENT.instanceIri(Slugs.pathSlug(text(row, "path")));
            Revision changed = revisions.get(row.getLiteral("last").getLong());
            if (changed != null && changed.date().isBefore(before) && snapshot.node(page) != null) {
                lastChange.merge(page, changed, (a, b) -> a.number() >= b.number() ? a : b);
            }
        }
        List<Finding> findings = new ArrayList<>();
        lastChange.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Revision> e) -> e.getValue().number()).thenComparing(Map.Entry::getKey))
                .forEach(e -> findings.add(new Finding(List.of(NodeRef.of(snapshot.node(e.getKey()))), "last changed in "
                        + e.getValue().shortCommit() + " on " + e.getValue().day() + ", "
                        + Duration.between(e.getValue().date(), last.date()).toDays() + " days before the last commit")));
        return findings;
    }

    private List<Finding> changedLinks(GraphSnapshot snapshot, Map<Long, Revision> revisions) {
        List<Finding> findings = new ArrayList<>();
        for (QuerySolution row : reader.select(query(CHANGED_LINKS), row -> row)) {
            IndexedNode now = snapshot.node(row.getResource("now").getURI());
            if (now == null) {
                continue;
            }
            String before = row.getResource("before").getURI();
            Revision changed = revisions.get(row.getLiteral("changedIn").getLong());
            findings.add(new Finding(List.of(NodeRef.of(now), gone(before, text(row, "label"), now.kind())),
                    "\"" + text(row, "label") + "\" linked as " + NodeIds.shortId(before) + " until " + changed.shortCommit() + " ("
                            + changed.day() + "), as " + now.id() + " now"));
        }
        findings.sort(BY_NODES);
        return findings;
    }

    private List<Finding> modelsThatLostTheirPaper(GraphSnapshot snapshot, Map<Long, Revision> revisions) {
        List<Finding> findings = new ArrayList<>();
        for (QuerySolution row : reader.select(query(MODELS_THAT_LOST_THEIR_PAPER), row -> row)) {
            IndexedNode model = snapshot.node(row.getResource("model").getURI());
            if (model == null) {
                continue;
            }
            String paper = row.getResource("paper").getURI();
            String title = text(row, "paperTitle");
            Revision lost = revisions.get(row.getLiteral("lostIn").getLong());
            IndexedNode paperNow = snapshot.node(paper);
            findings.add(new Finding(List.of(NodeRef.of(model), paperNow != null ? NodeRef.of(paperNow) : gone(paper, title, NodeKind.PAPER)),
                    "described in " + (title == null ? NodeIds.shortId(paper) : "\"" + title + "\"") + " until " + lost.shortCommit()
                            + " (" + lost.day() + ")"));
        }
        findings.sort(BY_NODES);
        return findings;
    }

    /** A node the graph no longer holds, named as it was. */
    private static NodeRef gone(String iri, String label, NodeKind kind) {
        return new NodeRef(NodeIds.shortId(iri), iri, label, kind.localName());
    }

    private static Check check(String name, String title, String description, List<Finding> findings) {
        return new Check(name, title, description, findings.size(), List.copyOf(findings));
    }

    private static Query query(String text) {
        return new ParameterizedSparqlString(text).asQuery();
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : value.asLiteral().getLexicalForm();
    }
}
