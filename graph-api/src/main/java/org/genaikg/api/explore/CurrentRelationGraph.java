package org.genaikg.api.explore;

import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.index.GraphSnapshots;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.NodeNotFound;
import org.springframework.stereotype.Component;

/** The relation graph of the current snapshot, rebuilt when the snapshot is replaced. */
@Component
class CurrentRelationGraph {
    private record Built(GraphSnapshot from, RelationGraph graph) {}

    private final GraphSnapshots snapshots;
    private volatile Built built;

    CurrentRelationGraph(GraphSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    RelationGraph get() {
        GraphSnapshot snapshot = snapshots.current();
        Built current = built;
        if (current == null || current.from() != snapshot) {
            current = new Built(snapshot, new RelationGraph(snapshot));
            built = current;
        }
        return current.graph();
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
