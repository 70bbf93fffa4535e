package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A store the request needs cannot be reached (the Neo4j server is down or not configured). */
public class StoreUnavailable extends ApiException {
    public StoreUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable", detail);
    }
}
