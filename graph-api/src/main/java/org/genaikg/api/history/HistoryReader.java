package org.genaikg.api.history;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.genaikg.api.history.HistoryAnswers.Change;
import org.genaikg.api.history.HistoryAnswers.Changes;
import org.genaikg.api.history.HistoryAnswers.Growth;
import org.genaikg.api.history.HistoryAnswers.Month;
import org.genaikg.api.history.HistoryAnswers.NodeHistory;
import org.genaikg.api.history.HistoryAnswers.Revision;
import org.genaikg.api.history.HistoryAnswers.Revisions;
import org.genaikg.api.history.HistoryAnswers.Stay;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.CommitPrefixes;
import org.genaikg.api.web.InvalidParameter;
import org.genaikg.api.web.NodeNotFound;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.springframework.stereotype.Component;

/**
 * Answers the history's questions from {@link HistoryQueries}, each in one read transaction: for
 * {@code /api/history/*}, and for {@code kg publish --repo}, which writes the same answers as files.
 */
@Component
public class HistoryReader {

    private final GraphReader reader;

    public HistoryReader(GraphReader reader) {
        this.reader = reader;
    }

    public Revisions revisions() {
        return reader.inOneTransaction(() -> new Revisions(hasHistory(), reader.select(HistoryQueries.revisions(), row -> new Revision(
                row.getLiteral("number").getLong(), text(row, "commit"), text(row, "date"), text(row, "message")))));
    }

    /**
     * The changes of the commits {@code from} to {@code to} (id prefixes; {@code to} defaults to {@code from}), {@code limit}
     * of them from the {@code offset}-th.
     */
    Changes changes(String from, String to, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidParameter("offset must be 0 or more, was " + offset + ".");
        }
        return reader.inOneTransaction(() -> {
            if (!hasHistory()) {
                return new Changes(false, null, null, offset, limit, null, List.of(), List.of());
            }
            Revision first = commit(from, "from");
            Revision last = to == null || to.isBlank() ? first : commit(to, "to");
            if (last.number() < first.number()) {
                throw new InvalidParameter("to (" + to + ") comes before from (" + from + ") in the history.");
            }
            List<Change> added = new ArrayList<>();
            List<Change> removed = new ArrayList<>();
            // one row more than the page shows whether another page follows
            List<QuerySolution> rows = reader.select(HistoryQueries.changes(first.number(), last.number(), offset, limit + 1L), row -> row);
            for (QuerySolution row : rows.subList(0, Math.min(limit, rows.size()))) {
                ("added".equals(text(row, "change")) ? added : removed).add(change(row));
            }
            Integer next = rows.size() > limit ? offset + limit : null;
            return new Changes(true, first.commit(), last.commit(), offset, limit, next, added, removed);
        });
    }

    public NodeHistory node(String id) {
        return reader.inOneTransaction(() -> {
            if (!hasHistory()) {
                return new NodeHistory(false, NodeIds.shortId(NodeIds.toIri(id)), null, null, List.of());
            }
            List<Stay> stays = reader.select(HistoryQueries.stays(NodeIds.toIri(id)), row -> new Stay(text(row, "firstCommit"),
                    text(row, "firstDate"), text(row, "lastCommit"), text(row, "lastDate"), text(row, "removedCommit"),
                    text(row, "removedDate"), nodeClass(row), text(row, "label"), pages(row)));
            if (stays.isEmpty()) {
                throw new NodeNotFound(id);
            }
            return new NodeHistory(true, NodeIds.shortId(NodeIds.toIri(id)), stays.get(0).firstCommit(), stays.get(0).firstDate(), stays);
        });
    }

    public Growth growth() {
        return reader.inOneTransaction(() -> new Growth(hasHistory(), reader.select(HistoryQueries.growth(), row -> new Month(
                text(row, "month"), number(row, "models"), number(row, "papers"), number(row, "concepts"), number(row, "relations")))));
    }

    private boolean hasHistory() {
        return reader.ask(HistoryQueries.hasHistory());
    }

    private Revision commit(String prefix, String parameter) {
        String id = CommitPrefixes.require(prefix, parameter);
        return CommitPrefixes.single(reader.select(HistoryQueries.commitsStartingWith(id),
                row -> new Revision(row.getLiteral("number").getLong(), text(row, "commit"), null, null)), id, parameter);
    }

    private static Change change(QuerySolution row) {
        return new Change(row.getLiteral("number").getLong(), text(row, "commit"), NodeIds.shortId(row.getResource("owner").getURI()),
                nodeClass(row), text(row, "label"), id(row, "from"), relation(row), id(row, "to"), pages(row));
    }

    private static String nodeClass(QuerySolution row) {
        RDFNode value = row.get("class");
        NodeKind kind = value == null ? null : NodeIds.kindOf(value.asResource().getURI());
        return kind == null ? null : kind.localName();
    }

    private static String relation(QuerySolution row) {
        RDFNode value = row.get("relation");
        Relation relation = value == null ? null : NodeIds.relationOf(value.asResource().getURI());
        return relation == null ? null : relation.localName();
    }

    private static String id(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : NodeIds.shortId(value.asResource().getURI());
    }

    private static List<String> pages(QuerySolution row) {
        String pages = text(row, "pages");
        return pages == null || pages.isEmpty() ? List.of() : List.of(pages.split("\n"));
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : value.asLiteral().getLexicalForm();
    }

    private static long number(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? 0 : value.asLiteral().getLong();
    }
}
