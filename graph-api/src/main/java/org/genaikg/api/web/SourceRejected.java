package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** A source path that is malformed (400) or points outside the knowledge-base folder (403). */
public class SourceRejected extends ApiException {
    private SourceRejected(HttpStatus status, String detail) {
        super(status, "Source path rejected", detail);
    }

    public static SourceRejected malformed(String detail) {
        return new SourceRejected(HttpStatus.BAD_REQUEST, detail);
    }

    public static SourceRejected outsideKnowledgeBase(String path) {
        return new SourceRejected(HttpStatus.FORBIDDEN, "The path " + path + " leads outside the knowledge-base folder.");
    }
}
