package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A SPARQL query that does not parse; the detail is the parser's message. */
public class QueryRejected extends ApiException {
    public QueryRejected(String detail) {
        super(HttpStatus.BAD_REQUEST, "Query rejected", detail);
    }
}
