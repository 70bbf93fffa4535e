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

    public String attribute(Attribute attribute) {
        return attributes.get(attribute);
    }

    public Map<Attribute, String> attributeMap() {
        return attributes;
    }
}
