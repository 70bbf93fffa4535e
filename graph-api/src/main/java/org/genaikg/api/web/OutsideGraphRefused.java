package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/**
 * A query that reaches outside the graph (files and URLs through {@code LOAD CSV}, procedures that
 * read or change the server, server commands, another database), sent to a read-only endpoint.
 */
public class OutsideGraphRefused extends ApiException {
    public OutsideGraphRefused(String detail) {
        super(HttpStatus.FORBIDDEN, "Query reaches outside the graph", detail);
    }
}
