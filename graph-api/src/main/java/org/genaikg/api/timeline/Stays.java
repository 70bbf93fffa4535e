package org.genaikg.api.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The stays of one node or relation, as intervals of revision numbers, merged where they overlap or touch
 * (a relation lifted from two sections of one document is there while either is). Pure logic.
 */
final class Stays {
    /** An interval's end while it is still there. */
    static final long OPEN = Long.MAX_VALUE;

    private final List<long[]> intervals = new ArrayList<>();

    /** Adds the stay from revision {@code first} to {@code last}, or to now when {@code removed} is false. */
    void add(long first, long last, boolean removed) {
        intervals.add(new long[] {first, removed ? last : OPEN});
    }

    /** The merged stays, oldest first, as {@code [first, last]} with {@code last} null while still there. */
    List<List<Long>> merged() {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong((long[] i) -> i[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[1] == OPEN || interval[0] <= last[1] + 1)) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged.stream().map(i -> Arrays.asList(i[0], i[1] == OPEN ? null : i[1])).toList();
    }
}
