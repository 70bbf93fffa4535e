package org.genaikg.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genaikg.api.report.KnowledgeBaseReport.Report;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the knowledge base's writers may want to tidy: duplicates and gaps. */
@RestController
@Tag(name = "graph")
class ReportController {
    private final CurrentReport report;

    ReportController(CurrentReport report) {
        this.report = report;
    }

    @Operation(summary = "Duplicates and gaps in the knowledge base",
            description = "Checks of the whole graph for the people who write the knowledge base: possible duplicates "
                    + "(names one typo apart, same paper title), one name in two classes, papers listed on several pages, "
                    + "models without a paper or a modality, concepts outside the taxonomy, pages that name nothing; on a data folder kg "
                    + "history wrote, also pages unchanged for over a year, entries whose link changed and models that lost their paper. Each "
                    + "check has a name, a title, what it means, its count and its first findings (nodes with id, IRI, "
                    + "label and class, and a detail). Broken links and unreadable pages are in /api/stats' lastBuild.")
    @ApiResponse(responseCode = "200", description = "The checks, in a fixed order")
    @ApiResponse(responseCode = "400", description = "A limit below 1")
    @GetMapping("/api/report")
    Report report(@Parameter(description = "The most findings listed per check (counts are always whole)")
                  @RequestParam(defaultValue = "100") int limit) {
        return report.get().limitedTo(Parameters.limit(limit, Integer.MAX_VALUE));
    }
}
