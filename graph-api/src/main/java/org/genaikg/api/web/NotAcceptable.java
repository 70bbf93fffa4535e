package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** The Accept header names no format this kind of result can be written in. */
public class NotAcceptable extends ApiException {
    public NotAcceptable(String detail) {
        super(HttpStatus.NOT_ACCEPTABLE, "No acceptable result format", detail);
    }
}
