package org.genaikg.api.timeline;

import java.util.List;
import org.genaikg.api.history.HistoryQueries;
import org.genaikg.api.store.GraphReader;
import org.springframework.stereotype.Component;

/**
 * The timeline, computed once per history (its layout takes seconds on a long one) and again when another
 * {@code kg history} or a plain build (which drops the history) changed the revisions.
 */
@Component
class CurrentTimeline {
    private record Kept(List<String> revisions, Timeline timeline) {}

    private final GraphReader reader;
    private final HistoryTimeline history;
    private volatile Kept kept;

    CurrentTimeline(GraphReader reader) {
        this.reader = reader;
        this.history = new HistoryTimeline(reader);
    }

    Timeline get() {
        List<String> revisions = reader.select(HistoryQueries.revisions(), row -> row.getLiteral("commit").getLexicalForm());
        Kept now = kept;
        if (now == null || !now.revisions().equals(revisions)) {
            synchronized (this) {
                now = kept;
                if (now == null || !now.revisions().equals(revisions)) {
                    now = new Kept(revisions, history.timeline());
                    kept = now;
                }
            }
        }
        return now.timeline();
    }
}
