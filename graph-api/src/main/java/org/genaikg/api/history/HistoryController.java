package org.genaikg.api.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genaikg.api.KgProperties;
import org.genaikg.api.history.HistoryAnswers.Changes;
import org.genaikg.api.history.HistoryAnswers.Growth;
import org.genaikg.api.history.HistoryAnswers.NodeHistory;
import org.genaikg.api.history.HistoryAnswers.Revisions;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base's history as {@code kg history} wrote it (docs/history.md). On a data folder
 * without one, every endpoint answers 200 with {@code history: false} and nothing in it.
 */
@RestController
@Tag(name = "history", description = "The knowledge base's history, from the commits kg history walked: revisions, what a commit "
        + "changed, when a node appeared, growth per month. history is false (and the lists empty) when the data folder holds no history.")
class HistoryController {
    private final HistoryReader history;
    private final KgProperties properties;
    private final HistoricPages pages;

    HistoryController(HistoryReader history, KgProperties properties, HistoricPages pages) {
        this.history = history;
        this.properties = properties;
        this.pages = pages;
    }

    @Operation(summary = "The walked commits, oldest first",
            description = "Each with its number (its place on the first-parent chain from the root), full commit id, commit date and message.")
    @ApiResponse(responseCode = "200", description = "The revisions (none, with history false, when kg history never ran on this data folder)")
    @ApiResponse(responseCode = "503", description = "The store could not be read")
    @GetMapping("/api/history/revisions")
    Revisions revisions() {
        return history.revisions();
    }

    @Operation(summary = "What a commit, or a range of commits, added and removed",
            description = "Nodes (id, class, label) and relations (from, relation, to) whose stay began (added) or ended (removed) in "
                    + "the commits from..to, both included, each with the commit and, when added, the pages it was found on. "
                    + "One page of at most limit changes (capped by kg.query-row-cap) from the offset-th, in a stable order (commit, "
                    + "added before removed, class, relation, id); next is the offset of the following page, null on the last.")
    @ApiResponse(responseCode = "200", description = "The changes (none, with history false, when there is no history)")
    @ApiResponse(responseCode = "400", description = "from or to is not a commit id or prefix, is ambiguous, or to comes before from; "
            + "a limit below 1 or a negative offset")
    @ApiResponse(responseCode = "404", description = "No walked commit starts with from or to")
    @GetMapping("/api/history/changes")
    Changes changes(
            @Parameter(description = "A commit id, or its first 4 or more hex digits", example = "c7117b6") @RequestParam String from,
            @Parameter(description = "The last commit of the range (defaults to from)", example = "62251c1")
            @RequestParam(required = false) String to,
            @Parameter(description = "The most changes in this page (capped by kg.query-row-cap)") @RequestParam(defaultValue = "1000") int limit,
            @Parameter(description = "How many changes to skip: the next of the previous page") @RequestParam(defaultValue = "0") int offset) {
        return history.changes(from, to, offset, Parameters.limit(limit, properties.queryRowCap()));
    }

    @Operation(summary = "When a node first appeared, in which commit, and its stays",
            description = "Each stay: the commit (and date) it came in, the last commit it was in, the commit that removed it (null while it "
                    + "is there), its class and label then, and the pages it came from.")
    @ApiResponse(responseCode = "200", description = "The node's history (history false when there is none in this data folder)")
    @ApiResponse(responseCode = "404", description = "The history never saw a node with that id")
    @GetMapping("/api/history/nodes/{*id}")
    NodeHistory node(@Parameter(description = "The node's IRI, or its short form (model/llama-2)", example = "model/llama-2")
                     @PathVariable String id) {
        return history.node(id);
    }

    @Operation(summary = "Growth per month",
            description = "Per month of the commit date (YYYY-MM): models, papers, concepts and relations that first appeared then. "
                    + "Months in which nothing appeared are absent.")
    @ApiResponse(responseCode = "200", description = "The months, oldest first (none, with history false, when there is no history)")
    @ApiResponse(responseCode = "503", description = "The store could not be read")
    @GetMapping("/api/history/growth")
    Growth growth() {
        return history.growth();
    }

    @Operation(summary = "A page as it was at a commit",
            description = "The Markdown of the page at path (relative to the pages' root, as provenance gives it) in the commit, as "
                    + "plain text, read from the repository kg history walked (recorded in the data folder).")
    @ApiResponse(responseCode = "200", description = "The page's text", content = @Content(mediaType = "text/plain"))
    @ApiResponse(responseCode = "400", description = "commit is not a commit id or prefix, or is ambiguous")
    @ApiResponse(responseCode = "404", description = "No such commit or page, or no repository recorded (or it moved)")
    @GetMapping(value = "/api/history/pages/{commit}/{*path}", produces = "text/plain;charset=UTF-8")
    String page(@Parameter(description = "A commit id, or its first 4 or more hex digits", example = "c7117b6") @PathVariable String commit,
                @Parameter(description = "The page's path", example = "understanding/agents/index.md") @PathVariable String path) {
        return pages.page(commit, path.startsWith("/") ? path.substring(1) : path);
    }
}
