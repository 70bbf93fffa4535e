package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** The two nodes exist but no path joins them over the allowed relations. */
public class NoPathFound extends ApiException {
    public NoPathFound(String detail) {
        super(HttpStatus.NOT_FOUND, "No path found", detail);
    }
}
