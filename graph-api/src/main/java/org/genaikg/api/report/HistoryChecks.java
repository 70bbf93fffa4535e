package org.genaikg.api.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * entries whose link changed, models that lost their paper ({@link HistoryCheckQueries}). None when the data folder holds no
 * history.
 */
@Component
class HistoryChecks {
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
            reader.select(HistoryCheckQueries.revisions(), row -> new Revision(row.getLiteral("number").getLong(), text(row, "commit"),
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
        for (QuerySolution row : reader.select(HistoryCheckQueries.lastChangePerPage(), row -> row)) {
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
        for (QuerySolution row : reader.select(HistoryCheckQueries.changedLinks(), row -> row)) {
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
        for (QuerySolution row : reader.select(HistoryCheckQueries.modelsThatLostTheirPaper(), row -> row)) {
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

    private static String text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : value.asLiteral().getLexicalForm();
    }
}
