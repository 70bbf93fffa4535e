package org.genaikg.api.cypher;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.web.ResultHeaders;
import org.genaikg.api.web.StoreStarting;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher over the property graph, through the Neo4j driver. */
@RestController
@Tag(name = "query", description = "SPARQL 1.1 over the RDF store, read-only Cypher over Neo4j, and RDF dumps")
class CypherController {
    private final CypherReader reader;
    private final GraphBuilds builds;

    CypherController(CypherReader reader, GraphBuilds builds) {
        this.reader = reader;
        this.builds = builds;
    }

    @Operation(summary = "A read-only Cypher query through the Neo4j Java Driver",
            description = "Runs {query, parameters} in a read transaction with a timeout and a row cap. Rows come back as "
                    + "JSON; where they hold nodes, relationships or paths, these also come as Cytoscape.js elements. Every "
                    + "node has the label Resource and its class label (Model, Paper, ...), relationships are BUILDS_ON, "
                    + "HAS_MODALITY, ... A query that would write, or that reaches outside the graph, is refused.")
    @ApiResponse(responseCode = "200", description = "The rows, their columns, whether the cap cut them (then also the header "
            + "KG-Results-Truncated, its value the row cap), and the elements")
    @ApiResponse(responseCode = "400", description = "No query, a syntax error (with Neo4j's message), or brackets nested too deeply")
    @ApiResponse(responseCode = "403", description = "The query writes, or reaches outside the graph (LOAD CSV, procedures other "
            + "than the schema ones, server commands, another database)")
    @ApiResponse(responseCode = "413", description = "A body over the limit, 64 KB by default")
    @ApiResponse(responseCode = "503", description = "The query ran past the timeout, every query worker is busy (Retry-After), "
            + "Neo4j cannot be reached, or it is still starting or loading the graph the API serves (then with Retry-After)")
    @PostMapping(path = "/api/cypher", consumes = "application/json")
    ResponseEntity<CypherAnswer> cypher(@RequestBody CypherRequest request) {
        if (!builds.neo4jReady()) {
            throw new StoreStarting("Neo4j is starting or loading the graph; REST and SPARQL answer already. Try again in a "
                    + StoreStarting.RETRY_AFTER.toSeconds() + " s.");
        }
        CypherAnswer answer = reader.read(request);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (answer.truncated()) {
            ok.header(ResultHeaders.TRUNCATED, Integer.toString(answer.rows().size()));
        }
        return ok.body(answer);
    }
}
