package org.genaikg.api.timeline;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.genaikg.api.explore.WholeGraph;
import org.genaikg.api.history.HistoryQueries;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.timeline.TimelineAssembly.StayRow;

/**
 * The {@link Timeline} of the history in a data folder's TDB2 dataset, read in one transaction and laid out.
 * It needs no web request: {@code GET /api/history/timeline} serves it, {@code kg publish --repo} writes it.
 */
public final class HistoryTimeline {
    private final GraphReader reader;

    public HistoryTimeline(GraphReader reader) {
        this.reader = reader;
    }

    /** The timeline, or {@link Timeline#NONE} when {@code kg history} never ran on the data folder. */
    public Timeline timeline() {
        record Read(List<Timeline.Revision> revisions, List<StayRow> stays) {}
        Read read = reader.inOneTransaction(() -> new Read(
                reader.select(HistoryQueries.revisions(), row -> new Timeline.Revision(row.getLiteral("number").getLong(),
                        text(row, "commit"), text(row, "date"), text(row, "message"))),
                reader.select(TimelineQueries.stays(), HistoryTimeline::stay)));
        return TimelineAssembly.of(read.revisions(), read.stays(), WholeGraph::layOut);
    }

    private static StayRow stay(QuerySolution row) {
        RDFNode nodeClass = row.get("class");
        RDFNode relation = row.get("relation");
        return new StayRow(row.getResource("owner").getURI(), row.getLiteral("first").getLong(), row.getLiteral("last").getLong(),
                row.contains("removed"), nodeClass == null ? null : NodeIds.kindOf(nodeClass.asResource().getURI()), text(row, "label"),
                iri(row, "from"), relation == null ? null : NodeIds.relationOf(relation.asResource().getURI()), iri(row, "to"));
    }

    private static String iri(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : value.asResource().getURI();
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? null : value.asLiteral().getLexicalForm();
    }
}
