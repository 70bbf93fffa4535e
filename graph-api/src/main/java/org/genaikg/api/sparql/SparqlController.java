package org.genaikg.api.sparql;

import org.genaikg.api.web.UpdateRefused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
            @RequestParam(required = false) String update,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        refuseUpdate(update);
        return respond(processor.answer(query, accept));
    }

    @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(
            @RequestParam(required = false) String query,
            @RequestParam(required = false) String update,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        refuseUpdate(update);
        return respond(processor.answer(query, accept));
    }

    @PostMapping(path = "/sparql", consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postQuery(
            @RequestBody String query, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return respond(processor.answer(query, accept));
    }

    @PostMapping(path = "/sparql", consumes = SPARQL_UPDATE)
    ResponseEntity<byte[]> postUpdate() {
        throw new UpdateRefused();
    }

    private static void refuseUpdate(String update) {
        if (update != null) {
            throw new UpdateRefused();
        }
    }

    private static ResponseEntity<byte[]> respond(SparqlQueryProcessor.Answer answer) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, answer.mediaType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(answer.body());
    }
}
