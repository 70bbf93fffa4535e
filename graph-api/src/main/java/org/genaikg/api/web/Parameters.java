package org.genaikg.api.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** Parsing of the list parameters the REST endpoints share ({@code types=}, {@code relations=}, {@code limit=}). */
public final class Parameters {
    private Parameters() {}

    /** Node classes by local name, comma-separated ({@code Model,Paper}); empty for none given. */
    public static Set<NodeKind> kinds(String value) {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (String name : items(value)) {
            try {
                kinds.add(NodeKind.fromLocalName(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameter("Unknown type " + name + "; use class names such as "
                        + Arrays.stream(NodeKind.values()).map(NodeKind::localName).toList() + ".");
            }
        }
        return kinds;
    }

    /** Relations by local name, comma-separated ({@code buildsOn,kindOf}); empty for none given. */
    public static Set<Relation> relations(String value) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        for (String name : items(value)) {
            try {
                relations.add(Relation.fromLocalName(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameter("Unknown relation " + name + "; use one of "
                        + Arrays.stream(Relation.values()).map(Relation::localName).toList() + ".");
            }
        }
        return relations;
    }

    /** A positive limit, lowered to the cap. */
    public static int limit(int requested, int cap) {
        if (requested < 1) {
            throw new InvalidParameter("limit must be at least 1, was " + requested + ".");
        }
        return Math.min(requested, cap);
    }

    private static String[] items(String value) {
        if (value == null || value.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
