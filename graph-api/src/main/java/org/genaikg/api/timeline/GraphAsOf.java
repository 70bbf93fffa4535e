package org.genaikg.api.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.genaikg.api.web.CommitNotFound;
import org.genaikg.api.web.CommitPrefixes;
import org.genaikg.api.web.InvalidParameter;

/**
 * The graph as it was at one walked commit ({@code GET /api/history/graph?asOf=}): the nodes and relations of the
 * {@link Timeline} with a stay that holds that commit's number, shown as the whole graph shows the current one.
 *
 * @param history false (and the rest empty) when {@code kg history} never ran on the data folder
 * @param revision the commit the graph is of: the one named, or the last one on or before the date given
 */
public record GraphAsOf(boolean history, Timeline.Revision revision, List<Timeline.Node> nodes, List<Timeline.Edge> edges) {
    private static final GraphAsOf NONE = new GraphAsOf(false, null, List.of(), List.of());

    public GraphAsOf {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * {@code asOf}: a commit id or its first 4 or more hex digits, a date ({@code 2025-03-05}: the last commit of that day
     * or before it, UTC) or an instant ({@code 2025-03-05T12:00:00Z}).
     */
    static GraphAsOf of(Timeline timeline, String asOf) {
        if (!timeline.history()) {
            return NONE;
        }
        Timeline.Revision revision = revision(timeline.revisions(), asOf == null ? "" : asOf.strip());
        long n = revision.n();
        return new GraphAsOf(true, revision,
                timeline.nodes().stream().filter(node -> holds(node.stays(), n)).toList(),
                timeline.edges().stream().filter(edge -> holds(edge.stays(), n)).toList());
    }

    private static Timeline.Revision revision(List<Timeline.Revision> revisions, String asOf) {
        Optional<Instant> until = until(asOf);
        if (until.isPresent()) {
            return revisions.stream().filter(r -> !Instant.parse(r.date()).isAfter(until.get()))
                    .reduce((earlier, later) -> later)
                    .orElseThrow(() -> CommitNotFound.before(asOf, revisions.get(0).date()));
        }
        String prefix = CommitPrefixes.read(asOf).orElseThrow(() -> new InvalidParameter("asOf must be a date (2025-03-05), an "
                + "instant (2025-03-05T12:00:00Z), or a commit id or its first 4 or more hex digits, not '" + asOf + "'."));
        return CommitPrefixes.single(revisions.stream().filter(r -> r.commit().startsWith(prefix)).toList(), prefix, "asOf");
    }

    /** The end of the day a date names (UTC), or the instant given; empty for anything else (a commit id). */
    private static Optional<Instant> until(String asOf) {
        try {
            return Optional.of(LocalDate.parse(asOf).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(Instant.parse(asOf));
            } catch (DateTimeParseException notAnInstant) {
                return Optional.empty();
            }
        }
    }

    private static boolean holds(List<List<Long>> stays, long n) {
        return stays.stream().anyMatch(stay -> stay.get(0) <= n && (stay.get(1) == null || n <= stay.get(1)));
    }
}
