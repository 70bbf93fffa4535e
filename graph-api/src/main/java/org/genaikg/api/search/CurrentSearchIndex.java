package org.genaikg.api.search;

import org.genaikg.api.startup.StartPhases;
import org.genaikg.api.index.GraphSnapshotRefreshed;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.index.PerSnapshot;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The search index of the current snapshot, rebuilt when the snapshot is replaced. */
@Component
class CurrentSearchIndex {
    private final PerSnapshot<SearchIndex> index;

    CurrentSearchIndex(GraphSnapshots snapshots, StartPhases phases) {
        this.index = new PerSnapshot<>(snapshots, snapshot -> phases.time("search index", () -> SearchIndex.of(snapshot.nodes().values())));
    }

    /** Builds the index with the first snapshot, before the first request. */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        get();
    }

    /** Builds it for each new snapshot as soon as it is current, so no search waits for it. */
    @EventListener(GraphSnapshotRefreshed.class)
    void buildWhenRefreshed() {
        get();
    }

    SearchIndex get() {
        return index.get();
    }
}
