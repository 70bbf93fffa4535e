package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** No walked commit of the history has the requested id (or id prefix). */
public class CommitNotFound extends ApiException {
    public CommitNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Commit not found", "No commit of the history starts with " + id + ".");
    }

    private CommitNotFound(String detail, boolean unused) {
        super(HttpStatus.NOT_FOUND, "Commit not found", detail);
    }

    /** The history walked no commit on or before {@code date}: it begins after it. */
    public static CommitNotFound before(String date, String firstDate) {
        return new CommitNotFound("No commit of the history is on or before " + date + ": it begins " + firstDate + ".", true);
    }
}
