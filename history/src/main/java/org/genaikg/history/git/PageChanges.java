package org.genaikg.history.git;

import java.util.List;

/**
 * The pages (Markdown files below the pages' root) a commit changed against its first parent,
 * paths relative to each side's root. A page moved with its text unchanged or nearly so is a rename,
 * as {@code git log -M} finds it; to the graph a rename is a page removed and a page added.
 */
public record PageChanges(List<String> added, List<String> modified, List<String> deleted, List<Rename> renamed) {
    public PageChanges {
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        deleted = List.copyOf(deleted);
        renamed = List.copyOf(renamed);
    }

    /** One page moved from {@code from} to {@code to}, {@code score} percent similar. */
    public record Rename(String from, String to, int score) {}

    public int count() {
        return added.size() + modified.size() + deleted.size() + renamed.size();
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
