package org.genaikg.api.nodes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One node in full; {@code {id}} is its IRI or its short form {@code kind/slug}, slashes and all. */
@RestController
class NodeController {
    private final NodeReader nodes;

    NodeController(NodeReader nodes) {
        this.nodes = nodes;
    }

    @GetMapping("/api/nodes/{*id}")
    NodeDetails node(@PathVariable String id) {
        return nodes.read(id);
    }
}
