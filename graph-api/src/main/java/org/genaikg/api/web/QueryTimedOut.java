package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A query that ran past the configured timeout and was stopped. */
public class QueryTimedOut extends ApiException {
    public QueryTimedOut(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out", detail);
    }
}
