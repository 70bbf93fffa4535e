package org.genaikg.api.sparql;

import org.genaikg.api.web.QueryRejected;
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
class SparqlController {
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlQueryProcessor processor;

    SparqlController(SparqlQueryProcessor processor) {
        this.processor = processor;
    }

    @GetMapping("/sparql")
    ResponseEntity<byte[]> get(
            @RequestParam(required = false) String query,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

    @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(
            @RequestParam(required = false) String query,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

    @PostMapping(path = "/sparql", consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postQuery(
            @RequestBody String query,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        validate(parameters);
        return respond(processor.answer(query, accept));
    }

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

    private static ResponseEntity<byte[]> respond(SparqlQueryProcessor.Answer answer) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, answer.mediaType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(answer.body());
    }
}
