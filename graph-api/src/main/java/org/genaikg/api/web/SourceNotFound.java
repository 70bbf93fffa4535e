package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** The requested source file does not exist in the knowledge-base folder. */
public class SourceNotFound extends ApiException {
    public SourceNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "Source not found", detail);
    }
}
