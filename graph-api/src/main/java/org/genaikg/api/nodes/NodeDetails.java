package org.genaikg.api.nodes;

import java.util.List;
import java.util.Map;

/**
 * One node as {@code /api/nodes/{id}} shows it: identity, class, names, literal properties keyed
 * by prefixed name ({@code dcterms:title}), provenance, and its relations grouped by relation
 * name, outgoing and incoming.
 */
public record NodeDetails(
        String iri,
        String id,
        String type,
        String label,
        List<String> aliases,
        Map<String, List<String>> properties,
        List<Evidence> provenance,
        Map<String, List<Link>> outgoing,
        Map<String, List<Link>> incoming) {

    /** Where a node or relation was found. */
    public record Evidence(String path, Long line, String text, String rule) {}

    /** The other end of a relation, with the evidence of the relation itself. */
    public record Link(String iri, String id, String label, String type, List<Evidence> provenance) {}
}
