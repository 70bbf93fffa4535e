package org.genaikg.api.index;

import org.genaikg.api.store.NodeIds;
import org.genaikg.ontology.Relation;

/** A typed relation between two indexed nodes, by IRI. */
public record IndexedEdge(String source, Relation relation, String target) {
    /** A stable id for the edge ({@code model/llama-2 buildsOn model/llama}). */
    public String id() {
        return NodeIds.shortId(source) + " " + relation.localName() + " " + NodeIds.shortId(target);
    }
}
