package org.genaikg.api.nodes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One node in full; {@code {id}} is its IRI or its short form {@code kind/slug}, slashes and all. */
@RestController
@Tag(name = "graph")
class NodeController {
    private final NodeReader nodes;

    NodeController(NodeReader nodes) {
        this.nodes = nodes;
    }

    @Operation(summary = "One node with everything known about it",
            description = "Its class, label, aliases and properties (arXiv id, URL, year, concept kind...), where it comes "
                    + "from (path, line and sentence for each mention) and its relations grouped by type, outgoing and "
                    + "incoming, each with the other end's id, label and class.")
    @ApiResponse(responseCode = "200", description = "The node")
    @ApiResponse(responseCode = "404", description = "No node has that id")
    @GetMapping("/api/nodes/{*id}")
    NodeDetails node(@Parameter(description = "The node's IRI, or its short form: the IRI after the resource namespace "
            + "(model/llama-2, paper/arxiv-2307.09288, doc/models.md)", example = "model/llama-2") @PathVariable String id) {
        return nodes.read(id);
    }
}
