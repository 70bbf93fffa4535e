package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A request body over the endpoint's limit, refused before it is parsed. */
public class RequestTooLarge extends ApiException {
    public RequestTooLarge(String detail) {
        super(HttpStatus.CONTENT_TOO_LARGE, "Request too large", detail);
    }
}
