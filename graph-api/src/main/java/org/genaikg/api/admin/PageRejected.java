package org.genaikg.api.admin;

import org.genaikg.api.web.ApiException;
import org.springframework.http.HttpStatus;

/** An uploaded page that cannot be put into the knowledge base: where or what it is. */
class PageRejected extends ApiException {
    PageRejected(String detail) {
        super(HttpStatus.BAD_REQUEST, "Page rejected", detail);
    }
}
