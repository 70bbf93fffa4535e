package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A Cypher query that would write, sent to the read-only Cypher endpoint. */
public class WriteQueryRefused extends ApiException {
    public WriteQueryRefused(String detail) {
        super(HttpStatus.FORBIDDEN, "Writing query refused", detail);
    }
}
