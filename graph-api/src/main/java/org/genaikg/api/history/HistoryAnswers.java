package org.genaikg.api.history;

import java.util.List;

/** The bodies of {@code /api/history/*}. {@code history} is false when the data folder holds no history ({@code kg history} never ran there). */
final class HistoryAnswers {
    private HistoryAnswers() {}

    /** One walked commit: its place on the first-parent chain from the root, id, commit date and message. */
    record Revision(long number, String commit, String date, String message) {}

    record Revisions(boolean history, List<Revision> revisions) {}

    /**
     * A node or relation that a commit added or removed. A node has its {@code id}, {@code nodeClass} and
     * {@code label}; a relation has its {@code from}, {@code relation} and {@code to} ids. {@code pages}:
     * the pages it was found on when it came (empty for a removal).
     */
    record Change(long number, String commit, String id, String nodeClass, String label, String from, String relation, String to,
                  List<String> pages) {}

    /**
     * What the commits {@code from} to {@code to} (full ids, both included) added and removed: one page of at most
     * {@code limit} changes from the {@code offset}-th, in the order number, change (added before removed), class,
     * relation, id. {@code next} is the offset of the next page, null on the last.
     */
    record Changes(boolean history, String from, String to, int offset, int limit, Integer next, List<Change> added,
                   List<Change> removed) {}

    /**
     * One stay of a node: the commit (and its date) it came in, the last commit it was in, the commit that
     * removed it (null while it is there), its class and label then, and the pages it came from.
     */
    record Stay(String firstCommit, String firstDate, String lastCommit, String lastDate, String removedCommit, String removedDate,
                String nodeClass, String label, List<String> pages) {}

    /** A node's history: when it first appeared, in which commit, and its stays, oldest first. */
    record NodeHistory(boolean history, String id, String firstCommit, String firstDate, List<Stay> stays) {}

    /** What first appeared in one month (of the commit date, {@code YYYY-MM}). */
    record Month(String month, long models, long papers, long concepts, long relations) {}

    record Growth(boolean history, List<Month> months) {}
}
