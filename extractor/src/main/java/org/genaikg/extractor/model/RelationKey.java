package org.genaikg.extractor.model;

import java.util.Comparator;
import java.util.Objects;
import org.genaikg.ontology.Relation;

/** Which relation an {@link Edge} is, provenance aside: subject, relation and object. */
public record RelationKey(String subject, Relation relation, String object) implements Comparable<RelationKey> {
    private static final Comparator<RelationKey> ORDER = Comparator.comparing(RelationKey::subject)
            .thenComparing(k -> k.relation().localName()).thenComparing(RelationKey::object);

    public RelationKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
    }

    public static RelationKey of(Edge edge) {
        return new RelationKey(edge.subject(), edge.relation(), edge.object());
    }

    @Override
    public int compareTo(RelationKey other) {
        return ORDER.compare(this, other);
    }
}
