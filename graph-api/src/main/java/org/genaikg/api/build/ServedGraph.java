package org.genaikg.api.build;

import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshots;
import org.springframework.stereotype.Component;

/**
 * Whether the API serves a graph yet: once the current snapshot has nodes, or once no build is under
 * way any more (a knowledge base without pages is served empty, honestly). Until then the readiness
 * probe says OUT_OF_SERVICE and {@code /api/stats} says {@code building}. Asking never loads a snapshot.
 */
@Component
public class ServedGraph {
    private final GraphSnapshots snapshots;
    private final GraphBuilds builds;

    ServedGraph(GraphSnapshots snapshots, GraphBuilds builds) {
        this.snapshots = snapshots;
        this.builds = builds;
    }

    public boolean serving() {
        return snapshots.loaded().map(GraphSnapshot::nodes).map(nodes -> !nodes.isEmpty() || builds.running().isEmpty())
                .orElse(false);
    }
}
