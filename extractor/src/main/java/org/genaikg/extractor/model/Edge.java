package org.genaikg.extractor.model;

import java.util.List;
import org.genaikg.ontology.Relation;

/** One typed relation between two nodes, named by their IRIs, with the places it was found. */
public record Edge(String subject, Relation relation, String object, List<SourceSpan> provenance) implements java.io.Serializable {
    public Edge {
        provenance = List.copyOf(provenance);
    }

    /** The identity of the relation, provenance aside. */
    public String key() {
        return subject + " " + relation.localName() + " " + object;
    }
}
