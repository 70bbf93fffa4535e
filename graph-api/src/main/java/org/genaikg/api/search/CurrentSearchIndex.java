package org.genaikg.api.search;

import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshots;
import org.springframework.stereotype.Component;

/** The search index of the current snapshot, rebuilt when the snapshot is replaced. */
@Component
class CurrentSearchIndex {
    private record Built(GraphSnapshot from, SearchIndex index) {}

    private final GraphSnapshots snapshots;
    private volatile Built built;

    CurrentSearchIndex(GraphSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    SearchIndex get() {
        GraphSnapshot snapshot = snapshots.current();
        Built current = built;
        if (current == null || current.from() != snapshot) {
            current = new Built(snapshot, SearchIndex.of(snapshot.nodes().values()));
            built = current;
        }
        return current.index();
    }
}
