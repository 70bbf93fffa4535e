package org.genaikg.api.explore;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.NodeNotFound;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The relation graph of the current snapshot, rebuilt when the snapshot is replaced. */
@Component
class CurrentRelationGraph {
    private record Built(GraphSnapshot from, RelationGraph graph, Map<OverviewKey, Subgraph> overviews) {}

    private record OverviewKey(Set<NodeKind> kinds, Set<Relation> relations, int limit) {}

    static final int CACHED_OVERVIEWS = 32;

    private final GraphSnapshots snapshots;
    private volatile Built built;

    CurrentRelationGraph(GraphSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    RelationGraph get() {
        return current().graph();
    }

    /** The overview of the whole graph, computed once per snapshot and set of parameters. */
    Subgraph overview(Set<NodeKind> kinds, Set<Relation> relations, int limit) {
        Built current = current();
        OverviewKey key = new OverviewKey(Set.copyOf(kinds), Set.copyOf(relations), limit);
        Subgraph cached = current.overviews().get(key);
        if (cached != null) {
            return cached;
        }
        Subgraph overview = current.graph().overview(kinds, relations, limit);
        if (current.overviews().size() < CACHED_OVERVIEWS) {
            current.overviews().put(key, overview);
        }
        return overview;
    }

    /** Builds the adjacency with the first snapshot, before the first request. */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        current();
    }

    private Built current() {
        GraphSnapshot snapshot = snapshots.current();
        Built current = built;
        if (current != null && current.from() == snapshot) {
            return current;
        }
        synchronized (this) {
            if (built == null || built.from() != snapshot) {
                built = new Built(snapshot, new RelationGraph(snapshot), new ConcurrentHashMap<>());
            }
            return built;
        }
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
