package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A request parameter with a value the endpoint does not understand. */
public class InvalidParameter extends ApiException {
    public InvalidParameter(String detail) {
        super(HttpStatus.BAD_REQUEST, "Invalid parameter", detail);
    }
}
