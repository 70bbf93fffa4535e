package org.genaikg.api.store;

import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/** Node identifiers in URLs: the full IRI, or its short form {@code kind/slug} ({@code model/llama-2}). */
public final class NodeIds {
    private NodeIds() {}

    /** The IRI for an id given in either form. */
    public static String toIri(String id) {
        String trimmed = id.strip();
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        // servlet containers collapse "//" in paths: https:/w3id.org/... comes back as one slash
        trimmed = trimmed.replaceFirst("^(https?):/(?!/)", "$1://");
        return trimmed.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? trimmed : Namespaces.RESOURCE + trimmed;
    }

    /** The short form of an instance IRI, or the IRI itself when it is not one of ours. */
    public static String shortId(String iri) {
        return iri.startsWith(Namespaces.RESOURCE) ? iri.substring(Namespaces.RESOURCE.length()) : iri;
    }

    /** The node class of a class IRI, or null when it is not a gkg class. */
    public static NodeKind kindOf(String classIri) {
        for (NodeKind kind : NodeKind.values()) {
            if (kind.iri().equals(classIri)) {
                return kind;
            }
        }
        return null;
    }

    /** The relation of a property IRI, or null when it is not a gkg relation. */
    public static Relation relationOf(String propertyIri) {
        for (Relation relation : Relation.values()) {
            if (relation.iri().equals(propertyIri)) {
                return relation;
            }
        }
        return null;
    }
}
