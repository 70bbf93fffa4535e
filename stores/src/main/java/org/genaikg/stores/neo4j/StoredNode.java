package org.genaikg.stores.neo4j;

import java.util.Map;
import org.genaikg.ontology.NodeKind;

/** A node as the store holds it: its class, IRI and every property, as the driver gives them. */
public record StoredNode(NodeKind kind, String iri, Map<String, Object> properties) {
    public StoredNode {
        properties = Map.copyOf(properties);
    }
}
