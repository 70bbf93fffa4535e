package org.genaikg.api.search;

import java.util.List;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked matches over labels and aliases. */
@RestController
class SearchController {
    private final CurrentSearchIndex index;
    private final KgProperties properties;

    SearchController(CurrentSearchIndex index, KgProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    @GetMapping("/api/search")
    List<SearchHit> search(
            @RequestParam String q,
            @RequestParam(required = false) String types,
            @RequestParam(defaultValue = "20") int limit) {
        return index.get().search(q, Parameters.kinds(types), Parameters.limit(limit, properties.queryRowCap()));
    }
}
