package org.genaikg.api.index;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current {@link GraphSnapshot}: loaded when the application is ready, replaced whole by
 * {@link #refresh()} (call it after a rebuild). Readers always see one complete snapshot.
 */
@Component
public class GraphSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshots.class);

    private final GraphSnapshotLoader loader;
    private final AtomicReference<GraphSnapshot> current = new AtomicReference<>();

    GraphSnapshots(GraphSnapshotLoader loader) {
        this.loader = loader;
    }

    public GraphSnapshot current() {
        GraphSnapshot snapshot = current.get();
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current.get();
            return snapshot != null ? snapshot : refresh();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        refresh();
    }

    /** Reloads from the store and swaps the new snapshot in. */
    public synchronized GraphSnapshot refresh() {
        long start = System.nanoTime();
        GraphSnapshot snapshot = loader.load();
        current.set(snapshot);
        LOG.info("Indexed {} nodes and {} relations in {} ms", snapshot.nodes().size(), snapshot.edges().size(),
                (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }
}
