package org.genaikg.api.explore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.genaikg.api.startup.StartPhases;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshotRefreshed;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.Elements;
import org.genaikg.api.web.Elements.Position;
import org.genaikg.api.web.NodeNotFound;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The relation graph of the current snapshot and the layout of its whole graph, rebuilt when the
 * snapshot is replaced (in the refreshing thread, so requests do not wait for the layout).
 */
@Component
class CurrentRelationGraph {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentRelationGraph.class);

    /** The time {@link OverviewLayout} took for each snapshot, at {@code /actuator/metrics/kg.graph.layout}. */
    static final String LAYOUT_TIMER = "kg.graph.layout";

    private record Built(GraphSnapshot from, RelationGraph graph, Map<String, Position> layout,
            Map<OverviewKey, Elements> overviews) {}

    private record OverviewKey(Set<NodeKind> kinds, Set<Relation> relations, int limit) {}

    static final int CACHED_OVERVIEWS = 32;

    private final GraphSnapshots snapshots;
    private final Timer layoutTimer;
    private final StartPhases phases;
    private final KeptLayouts layouts;
    private volatile Built built;

    CurrentRelationGraph(GraphSnapshots snapshots, MeterRegistry meters, StartPhases phases,
                         @Value("${kg.data-dir:}") String dataDir) {
        this.snapshots = snapshots;
        this.phases = phases;
        // kg serve keeps the layout in its data folder, so that a restart on the same graph reads it
        this.layouts = new KeptLayouts(Optional.of(dataDir).filter(d -> !d.isBlank()).map(d -> Path.of(d, "layout")),
                OverviewLayout::of);
        this.layoutTimer = Timer.builder(LAYOUT_TIMER)
                .description("Time to lay out the whole graph of a snapshot for the explorer")
                .register(meters);
    }

    RelationGraph get() {
        return current().graph();
    }

    /**
     * The overview of the whole graph as elements, each node at its place in the layout of the
     * snapshot's whole graph (so a filtered overview keeps every node where the full one has it);
     * computed once per snapshot and set of parameters.
     */
    Elements overview(Set<NodeKind> kinds, Set<Relation> relations, int limit) {
        Built current = current();
        OverviewKey key = new OverviewKey(Set.copyOf(kinds), Set.copyOf(relations), limit);
        Elements cached = current.overviews().get(key);
        if (cached != null) {
            return cached;
        }
        Elements overview = SubgraphElements.of(current.graph().overview(kinds, relations, limit), current.layout());
        if (current.overviews().size() < CACHED_OVERVIEWS) {
            current.overviews().put(key, overview);
        }
        return overview;
    }

    /** Builds the adjacency and the layout with the first snapshot, before the first request. */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        current();
    }

    /** Builds them for each new snapshot as soon as it is current. */
    @EventListener(GraphSnapshotRefreshed.class)
    void buildWhenRefreshed() {
        current();
    }

    private Built current() {
        GraphSnapshot snapshot = snapshots.current();
        Built current = built;
        if (current != null && current.from() == snapshot) {
            return current;
        }
        synchronized (this) {
            // one build per snapshot, however many requests arrive while it runs
            if (built == null || built.from() != snapshot) {
                built = build(snapshot);
            }
            return built;
        }
    }

    private Built build(GraphSnapshot snapshot) {
        RelationGraph graph = new RelationGraph(snapshot);
        long start = System.nanoTime();
        WholeGraph whole = WholeGraph.of(graph, layouts::of);
        long nanos = System.nanoTime() - start;
        layoutTimer.record(Duration.ofNanos(nanos));
        phases.ended("layout", start);
        LOG.info("Placed the whole graph ({} nodes, {} edges) in {} ms (its layout computed, or kept from the last start)", whole.positions().size(), whole.edges().size(),
                nanos / 1_000_000);
        return new Built(snapshot, graph, whole.positions(), new ConcurrentHashMap<>());
    }

    /** The IRI of a node given by IRI or short id; {@link NodeNotFound} when the graph has no such node. */
    String existing(RelationGraph graph, String id) {
        String iri = NodeIds.toIri(id);
        if (!graph.contains(iri)) {
            throw new NodeNotFound(id);
        }
        return iri;
    }
}
