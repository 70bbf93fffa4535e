package org.genaikg.api.index;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.genaikg.api.startup.StartPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current {@link GraphSnapshot}: loaded when the application is ready, replaced whole by
 * {@link #refresh()} (call it after a rebuild). Readers always see one complete snapshot. Each new
 * snapshot is announced with a {@link GraphSnapshotRefreshed} event. In {@code kg serve} (a data folder
 * and a {@link GraphKey}), the latest snapshot is kept on disk under its graph's key and read from there
 * while the store holds the same graph.
 */
@Component
public class GraphSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSnapshots.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final GraphSnapshotLoader loader;
    private final ApplicationEventPublisher events;
    private final StartPhases phases;
    private final Optional<GraphKey> graphKey;
    private final Optional<KeptSnapshots> kept;
    private final AtomicReference<GraphSnapshot> current = new AtomicReference<>();

    GraphSnapshots(GraphSnapshotLoader loader, ApplicationEventPublisher events, StartPhases phases, Optional<GraphKey> graphKey,
                   @Value("${kg.data-dir:}") String dataDir) {
        this.loader = loader;
        this.events = events;
        this.phases = phases;
        this.graphKey = graphKey;
        this.kept = Optional.of(dataDir).filter(d -> !d.isBlank()).map(d -> new KeptSnapshots(Path.of(d, "snapshot")));
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

    /** Reloads from the store (or the snapshot kept for the graph it holds), swaps the new snapshot in, then announces it. */
    public synchronized GraphSnapshot refresh() {
        long start = System.nanoTime();
        GraphSnapshot snapshot = phases.time("snapshot", this::keptOrLoaded);
        current.set(snapshot);
        LOG.info("Indexed {} nodes and {} relations in {} ms", snapshot.nodes().size(), snapshot.edges().size(),
                (System.nanoTime() - start) / 1_000_000);
        events.publishEvent(new GraphSnapshotRefreshed(snapshot));
        return snapshot;
    }

    private GraphSnapshot keptOrLoaded() {
        Optional<String> key = currentKey();
        if (kept.isEmpty() || key.isEmpty()) {
            return loader.load();
        }
        Optional<GraphSnapshot> read = kept.get().read(key.get());
        if (read.isPresent()) {
            return read.get();
        }
        GraphSnapshot loaded = loader.load();
        if (key.equals(currentKey())) { // no write began while it loaded (a write clears the key first)
            kept.get().write(key.get(), loaded);
        }
        return loaded;
    }

    private Optional<String> currentKey() {
        return graphKey.flatMap(GraphKey::current).filter(key -> KEY.matcher(key).matches());
    }
}
