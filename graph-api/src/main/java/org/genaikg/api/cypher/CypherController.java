package org.genaikg.api.cypher;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher over the property graph, through the Neo4j driver. */
@RestController
class CypherController {
    private final CypherReader reader;

    CypherController(CypherReader reader) {
        this.reader = reader;
    }

    @PostMapping(path = "/api/cypher", consumes = "application/json")
    CypherAnswer cypher(@RequestBody CypherRequest request) {
        return reader.read(request);
    }
}
