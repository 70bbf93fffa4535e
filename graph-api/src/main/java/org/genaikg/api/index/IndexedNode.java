package org.genaikg.api.index;

import java.util.List;
import org.genaikg.api.store.NodeIds;
import org.genaikg.ontology.NodeKind;

/**
 * A node as the in-memory index holds it: IRI, class, preferred label, aliases, and a short
 * context (the text of its first evidence, by path and line; empty when it has none).
 */
public record IndexedNode(String iri, NodeKind kind, String label, List<String> aliases, String context) {
    public IndexedNode {
        aliases = List.copyOf(aliases);
    }

    public String id() {
        return NodeIds.shortId(iri);
    }
}
