package org.genaikg.history.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.genaikg.extractor.model.Stay;

/**
 * When each thing (a node, a relation, an evidence: any key) was in the knowledge base, kept
 * revision after revision as stays ({@link Stay}). Pure bookkeeping: it is told what is present at
 * each revision, in order, and works out what came, what left, and every interval. A timeline that
 * forgets ended stays holds only what is present now, so its size does not grow with the history.
 *
 * @param <K> what is tracked
 */
public final class Timeline<K> {
    private final boolean keepEnded;
    private final Map<K, OpenStay> open = new HashMap<>();
    private final Map<K, List<Stay>> ended = new HashMap<>();
    private int lastRevision;

    private record OpenStay(int firstSeen, List<String> pages) {}

    private Timeline(boolean keepEnded) {
        this.keepEnded = keepEnded;
    }

    /** A timeline that keeps every stay. */
    public static <K> Timeline<K> keepingEverything() {
        return new Timeline<>(true);
    }

    /** A timeline that keeps only the stays still open: enough to say since when each present thing is there. */
    public static <K> Timeline<K> keepingOnlyThePresent() {
        return new Timeline<>(false);
    }

    /**
     * Records the next revision.
     *
     * @param revision its number, greater than the last one's
     * @param present what is there at this revision
     * @param pagesOf the pages each newly present thing was found on
     * @param lastLabelOf the label each thing that left had at the previous revision
     * @return what came and what left
     */
    public Change<K> advance(int revision, Collection<K> present, Function<K, List<String>> pagesOf, Function<K, String> lastLabelOf) {
        if (revision <= lastRevision) {
            throw new IllegalArgumentException("revision " + revision + " is not after revision " + lastRevision);
        }
        Set<K> now = present instanceof Set<K> set ? set : new HashSet<>(present);
        Set<K> added = new HashSet<>();
        for (K key : now) {
            if (!open.containsKey(key)) {
                added.add(key);
            }
        }
        Set<K> removed = new HashSet<>();
        for (Map.Entry<K, OpenStay> stay : open.entrySet()) {
            if (!now.contains(stay.getKey())) {
                removed.add(stay.getKey());
            }
        }
        for (K key : removed) {
            OpenStay stay = open.remove(key);
            if (keepEnded) {
                ended.computeIfAbsent(key, k -> new ArrayList<>(1))
                        .add(new Stay(stay.firstSeen(), lastRevision, OptionalInt.of(revision), stay.pages(), lastLabelOf.apply(key)));
            }
        }
        for (K key : added) {
            open.put(key, new OpenStay(revision, List.copyOf(pagesOf.apply(key))));
        }
        lastRevision = revision;
        return new Change<>(added, removed);
    }

    /** The number of the last revision recorded (0 before the first). */
    public int lastRevision() {
        return lastRevision;
    }

    /** Whether the key is there at the last revision. */
    public boolean isPresent(K key) {
        return open.containsKey(key);
    }

    /** Since which revision the key has been there without a break, if it is there now. */
    public OptionalInt presentSince(K key) {
        OpenStay stay = open.get(key);
        return stay == null ? OptionalInt.empty() : OptionalInt.of(stay.firstSeen());
    }

    /**
     * Every stay of the key, oldest first; a stay still open ends at the last revision, with the
     * label {@code currentLabel} gives.
     */
    public List<Stay> stays(K key, Function<K, String> currentLabel) {
        List<Stay> stays = new ArrayList<>(ended.getOrDefault(key, List.of()));
        OpenStay stay = open.get(key);
        if (stay != null) {
            stays.add(new Stay(stay.firstSeen(), lastRevision, OptionalInt.empty(), stay.pages(), currentLabel.apply(key)));
        }
        return stays;
    }

    /** Everything that was ever there (for a timeline keeping only the present: what is there now). */
    public Set<K> keys() {
        Set<K> keys = new HashSet<>(ended.keySet());
        keys.addAll(open.keySet());
        return keys;
    }

    /** What one revision brought and took away. */
    public record Change<K>(Set<K> added, Set<K> removed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
