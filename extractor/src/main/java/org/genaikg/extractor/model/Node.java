package org.genaikg.extractor.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;

/**
 * One node of the graph: its class, stable IRI, preferred label, every other spelling seen,
 * literal attributes and the places it was found.
 */
public record Node(
        NodeKind kind,
        String iri,
        String label,
        Set<String> altLabels,
        SortedMap<Attribute, String> attributes,
        List<SourceSpan> provenance) implements java.io.Serializable {

    public Node {
        altLabels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altLabels));
        attributes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attributes));
        provenance = List.copyOf(provenance);
    }

    /**
     * The label both stores and every dump give the node: its preferred label, else (a heading with
     * no text, say) a document's title or an entity's URL, else the last segment of its IRI.
     */
    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        String fallback = attribute(kind == NodeKind.DOCUMENT ? Attribute.TITLE : Attribute.URL);
        return fallback != null ? fallback : iri.substring(iri.lastIndexOf('/') + 1);
    }

    public String attribute(Attribute attribute) {
        return attributes.get(attribute);
    }

    public Map<Attribute, String> attributeMap() {
        return attributes;
    }
}
