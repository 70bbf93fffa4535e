package org.genaikg.api.sparql;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.QueryRejected;
import org.genaikg.api.web.ResultHeaders;
import org.genaikg.ontology.Namespaces;
import org.genaikg.api.web.UpdateRefused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SPARQL 1.1 Protocol, queries only: {@code query=} by GET, by form POST, or as the POST body. */
@RestController
@Tag(name = "query")
@ApiResponse(responseCode = "200", description = "The results, in the negotiated format; the header KG-Results-Truncated "
        + "(its value: the row cap) when the cap cut a SELECT's rows")
@ApiResponse(responseCode = "400", description = "No query, a syntax error (with the parser's message), or a protocol dataset (default-graph-uri, named-graph-uri)")
@ApiResponse(responseCode = "403", description = "An update (update= or application/sparql-update): this endpoint only reads")
@ApiResponse(responseCode = "406", description = "No result format in Accept fits the query form")
@ApiResponse(responseCode = "413", description = "A body (the query, or the form holding it) over the limit, 1 MB by default")
@ApiResponse(responseCode = "503", description = "The query ran past the timeout, or every query worker is busy (Retry-After)")
class SparqlController {
    private static final String PROTOCOL = "The SPARQL 1.1 Protocol, queries only. The default graph is the union of the "
            + "documents' named graphs (GRAPH and FROM NAMED reach each one). Results by content negotiation on Accept: "
            + "SPARQL JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples or JSON-LD for CONSTRUCT and DESCRIBE. "
            + "A query that runs past the timeout (kg.sparql-timeout) is stopped.";
    private static final String POST_SUMMARY = "A SPARQL query by POST: a form (query=...) or the query itself (application/sparql-query)";
    private static final String QUERY_HELP = "The SPARQL query";
    private static final String QUERY_EXAMPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + Namespaces.GKG + "Model> }";
    private static final String ACCEPT_HELP = "The result formats wanted, e.g. application/sparql-results+json, text/csv, text/turtle";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlQueryProcessor processor;
    private final KgProperties properties;

    SparqlController(SparqlQueryProcessor processor, KgProperties properties) {
        this.processor = processor;
        this.properties = properties;
    }

    @Operation(summary = "A SPARQL query by GET", description = PROTOCOL)
    @GetMapping("/sparql")
    ResponseEntity<byte[]> get(
            @Parameter(description = QUERY_HELP, example = QUERY_EXAMPLE) @RequestParam(required = false) String query,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(description = ACCEPT_HELP) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

    @Operation(summary = POST_SUMMARY, description = PROTOCOL)
    @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(
            @Parameter(description = QUERY_HELP, example = QUERY_EXAMPLE) @RequestParam(required = false) String query,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(description = ACCEPT_HELP) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

    @Operation(summary = POST_SUMMARY, description = PROTOCOL)
    @PostMapping(path = "/sparql", consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postQuery(
            @RequestBody String query,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(description = ACCEPT_HELP) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

    @Operation(hidden = true)
    @PostMapping(path = "/sparql", consumes = SPARQL_UPDATE)
    ResponseEntity<byte[]> postUpdate() {
        throw new UpdateRefused();
    }

    /** Updates are refused; a protocol dataset description is refused rather than ignored. */
    private static void validate(MultiValueMap<String, String> parameters) {
        if (parameters.containsKey("update")) {
            throw new UpdateRefused();
        }
        if (parameters.containsKey("default-graph-uri") || parameters.containsKey("named-graph-uri")) {
            throw new QueryRejected("default-graph-uri and named-graph-uri are not supported: the default graph is "
                    + "the union of the document graphs; use GRAPH, FROM or FROM NAMED in the query.");
        }
    }

    private ResponseEntity<byte[]> respond(SparqlQueryProcessor.Answer answer) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, answer.mediaType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (answer.truncated()) {
            ok.header(ResultHeaders.TRUNCATED, Integer.toString(properties.queryRowCap()));
        }
        return ok.body(answer.body());
    }
}
