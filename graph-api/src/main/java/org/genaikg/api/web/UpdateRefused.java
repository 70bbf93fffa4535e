package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A SPARQL Update was sent to the query endpoint. */
public class UpdateRefused extends ApiException {
    public UpdateRefused() {
        super(HttpStatus.FORBIDDEN, "SPARQL Update refused",
                "This endpoint answers SPARQL queries only; SPARQL Update is not accepted.");
    }
}
