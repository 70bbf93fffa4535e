package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** No walked commit of the history has the requested id (or id prefix). */
public class CommitNotFound extends ApiException {
    public CommitNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Commit not found", "No commit of the history starts with " + id + ".");
    }
}
