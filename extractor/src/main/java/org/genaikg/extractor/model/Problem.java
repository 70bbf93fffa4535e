package org.genaikg.extractor.model;

/**
 * Something the build reports: a file that could not be read or parsed (skipped), or an entry
 * that gave no node. Always names the file and, where known, the line.
 */
public record Problem(Severity severity, String path, int line, String reason) implements Comparable<Problem>, java.io.Serializable {

    public enum Severity {
        /** The file was skipped. */
        SKIPPED_FILE,
        /** An admonition entry or linked list item gave no node. */
        EMPTY_ENTRY,
        /** A relative link to a Markdown page that the knowledge base does not have. */
        BROKEN_LINK,
        /** Something odd that did not stop extraction. */
        WARNING
    }

    @Override
    public int compareTo(Problem other) {
        int c = path.compareTo(other.path);
        if (c != 0) return c;
        c = Integer.compare(line, other.line);
        return c != 0 ? c : reason.compareTo(other.reason);
    }

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
