package org.genaikg.api.search;

import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshots;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

    /** Builds the index with the first snapshot, before the first request. */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        get();
    }

    SearchIndex get() {
        GraphSnapshot snapshot = snapshots.current();
        Built current = built;
        if (current != null && current.from() == snapshot) {
            return current.index();
        }
        synchronized (this) {
            // one build per snapshot, however many requests arrive while it runs
            if (built == null || built.from() != snapshot) {
                built = new Built(snapshot, SearchIndex.of(snapshot.nodes().values()));
            }
            return built.index();
        }
    }
}
