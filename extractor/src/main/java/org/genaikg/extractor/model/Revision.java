package org.genaikg.extractor.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One commit of a knowledge base's history.
 *
 * @param number the 1-based place of the commit on the first-parent chain from the root commit, so
 *     the same commit has the same number whatever part of the history is walked
 * @param commitId the full hexadecimal commit id
 * @param authoredAt the author date
 * @param committedAt the committer date: the revision's date (it only grows along a first-parent chain)
 * @param message the full commit message
 */
public record Revision(int number, String commitId, OffsetDateTime authoredAt, OffsetDateTime committedAt, String message) {
    public Revision {
        if (number < 1) throw new IllegalArgumentException("revision numbers start at 1, was " + number);
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(authoredAt, "authoredAt");
        Objects.requireNonNull(committedAt, "committedAt");
        message = message == null ? "" : message;
    }

    /** The first seven digits of the commit id, as git prints it. */
    public String shortId() {
        return commitId.substring(0, Math.min(7, commitId.length()));
    }

    /** The first line of the message. */
    public String subject() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
