package org.genaikg.api.index;

import java.util.function.Function;

/**
 * Something derived from the current graph snapshot (a search index, a report), made once per
 * snapshot however many requests ask for it at once, and made again when the snapshot is replaced.
 */
public final class PerSnapshot<T> {
    private record Made<T>(GraphSnapshot from, T value) {}

    private final GraphSnapshots snapshots;
    private final Function<GraphSnapshot, T> make;
    private volatile Made<T> made;

    public PerSnapshot(GraphSnapshots snapshots, Function<GraphSnapshot, T> make) {
        this.snapshots = snapshots;
        this.make = make;
    }

    public T get() {
        GraphSnapshot snapshot = snapshots.current();
        Made<T> current = made;
        if (current != null && current.from() == snapshot) {
            return current.value();
        }
        synchronized (this) {
            if (made == null || made.from() != snapshot) {
                made = new Made<>(snapshot, make.apply(snapshot));
            }
            return made.value();
        }
    }
}
