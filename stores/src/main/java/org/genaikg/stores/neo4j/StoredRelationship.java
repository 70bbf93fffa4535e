package org.genaikg.stores.neo4j;

import java.util.Map;
import org.genaikg.ontology.Relation;

/** A relationship as the store holds it, with its provenance lists among the properties. */
public record StoredRelationship(String subject, Relation relation, String object, Map<String, Object> properties) {
    public StoredRelationship {
        properties = Map.copyOf(properties);
    }
}
