package org.genaikg.api.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The history as the explorer's time slider reads it, in one answer. */
@RestController
@Tag(name = "history")
class TimelineController {
    private final CurrentTimeline timeline;

    TimelineController(CurrentTimeline timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "Everything the explorer's time slider needs, in one answer",
            description = "{history, revisions: [{n, commit, date, message}], nodes: [{id, label, type, stays: [[first, last]], "
                    + "position: {x, y}}], edges: [{source, target, relation, stays}]}: every node and relation the history ever "
                    + "held, sections folded into their documents as in the whole graph, each stay from the number of its first "
                    + "revision to its last (null while still there), every node at its place in a layout of all of them. "
                    + "kg publish --repo writes the same JSON as data/history/timeline.json.")
    @ApiResponse(responseCode = "200", description = "The timeline (history false and the lists empty when kg history never ran on this data folder)")
    @ApiResponse(responseCode = "503", description = "The store could not be read")
    @GetMapping("/api/history/timeline")
    Timeline timeline() {
        return timeline.get();
    }

    @Operation(summary = "The graph as it was at a commit or a date",
            description = "{history, revision: {n, commit, date, message}, nodes, edges}: the nodes and relations of the timeline "
                    + "(same shapes) that were there at that commit; asOf is a commit id (or its first 4 or more hex digits), a date "
                    + "(the last commit of that day or before it, UTC) or an instant.")
    @ApiResponse(responseCode = "200", description = "The graph at that commit (history false and the rest empty when kg history never ran on this data folder)")
    @ApiResponse(responseCode = "400", description = "asOf is neither a date, an instant nor a commit id, or names more than one commit")
    @ApiResponse(responseCode = "404", description = "No walked commit has that id, or none is on or before that date")
    @ApiResponse(responseCode = "503", description = "The store could not be read")
    @GetMapping("/api/history/graph")
    GraphAsOf graph(@Parameter(description = "A commit id or its first 4 or more hex digits, a date (2025-03-05: the last commit "
            + "of that day or before it, UTC) or an instant (2025-03-05T12:00:00Z)") @RequestParam String asOf) {
        return GraphAsOf.of(timeline.get(), asOf);
    }
}
