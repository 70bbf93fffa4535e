package org.genaikg.extractor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * One stay of something in the knowledge base: from revision {@code firstSeen} to {@code lastSeen}
 * (revision numbers, both inclusive), ended by {@code removedIn} unless it is still there.
 *
 * @param pages the pages it was found on in its first revision
 * @param label its label in its last revision (nodes only; empty for relations)
 */
public record Stay(int firstSeen, int lastSeen, OptionalInt removedIn, List<String> pages, String label) {
    public Stay {
        if (lastSeen < firstSeen) throw new IllegalArgumentException("a stay ends before it starts: " + firstSeen + ".." + lastSeen);
        if (removedIn.isPresent() && removedIn.getAsInt() <= lastSeen) {
            throw new IllegalArgumentException("removed in " + removedIn.getAsInt() + ", not after its last revision " + lastSeen);
        }
        pages = List.copyOf(pages);
        label = label == null ? "" : label;
    }

    public boolean isOpen() {
        return removedIn.isEmpty();
    }

    /** Whether it was there at revision {@code number}. */
    public boolean covers(int number) {
        return number >= firstSeen && number <= lastSeen;
    }
}
