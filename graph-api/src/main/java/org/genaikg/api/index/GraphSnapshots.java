package org.genaikg.api.index;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.genaikg.api.startup.StartPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current {@link GraphSnapshot}: loaded when the application is ready, replaced whole by
 * {@link #refresh()} (call it after a rebuild). Readers always see one complete snapshot. Each new
 * snapshot is announced with a {@link GraphSnapshotRefreshed} event.
 */
@Component
public class GraphSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshots.class);

    private final GraphSnapshotLoader loader;
    private final ApplicationEventPublisher events;
    private final StartPhases phases;
    private final AtomicReference<GraphSnapshot> current = new AtomicReference<>();

    GraphSnapshots(GraphSnapshotLoader loader, ApplicationEventPublisher events, StartPhases phases) {
        this.loader = loader;
        this.events = events;
        this.phases = phases;
    }

    /** The current snapshot if one has been loaded, without loading one. */
    public Optional<GraphSnapshot> loaded() {
        return Optional.ofNullable(current.get());
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

    /** Loads the first snapshot, unless another listener of the same event has already asked for it. */
    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        current();
    }

    /** Reloads from the store, swaps the new snapshot in, then announces it. */
    public synchronized GraphSnapshot refresh() {
        long start = System.nanoTime();
        GraphSnapshot snapshot = phases.time("snapshot", loader::load);
        current.set(snapshot);
        LOG.info("Indexed {} nodes and {} relations in {} ms", snapshot.nodes().size(), snapshot.edges().size(),
                (System.nanoTime() - start) / 1_000_000);
        events.publishEvent(new GraphSnapshotRefreshed(snapshot));
        return snapshot;
    }
}
