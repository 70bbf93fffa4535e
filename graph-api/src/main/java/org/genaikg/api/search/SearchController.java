package org.genaikg.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked matches over labels and aliases. */
@RestController
@Tag(name = "graph")
class SearchController {
    private final CurrentSearchIndex index;
    private final KgProperties properties;

    SearchController(CurrentSearchIndex index, KgProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    @Operation(summary = "Nodes whose label or alias matches",
            description = "Ranked matches over labels and aliases: exact, prefix, word and fuzzy (typo-tolerant) "
                    + "matches, so that 'llama' finds LLaMA and Llama 2. Each hit has the node's IRI, id, label and class, "
                    + "how it matched (exact, prefix, word, contains, fuzzy), the alias that matched, a score from 0 to 1 "
                    + "and a short context.")
    @ApiResponse(responseCode = "200", description = "The hits, best first (an empty list when nothing matches)")
    @ApiResponse(responseCode = "400", description = "q is missing, an unknown class in types, or a limit below 1")
    @GetMapping("/api/search")
    List<SearchHit> search(
            @Parameter(description = "The text to look for", example = "llama") @RequestParam String q,
            @Parameter(description = "Classes to keep, comma-separated local names (Model,Paper,Concept,Modality,Document,Section); all when absent",
                    example = "Model,Concept") @RequestParam(required = false) String types,
            @Parameter(description = "The most hits to return (capped by kg.query-row-cap)") @RequestParam(defaultValue = "20") int limit) {
        return index.get().search(q, Parameters.kinds(types), Parameters.limit(limit, properties.queryRowCap()));
    }
}
