package org.genaikg.ontology;

import java.util.Locale;

/**
 * The node classes of the graph model: the RDF class, the instance-IRI kind segment and the
 * Neo4j label of each, in one place.
 */
public enum NodeKind {
    DOCUMENT("Document", "doc"),
    SECTION("Section", "section"),
    PAPER("Paper", "paper"),
    ARTICLE("Article", "article"),
    REPOSITORY("Repository", "repo"),
    MODEL("Model", "model"),
    MODALITY("Modality", "modality"),
    CONCEPT("Concept", "concept");

    private final String localName;
    private final String iriSegment;

    NodeKind(String localName, String iriSegment) {
        this.localName = localName;
        this.iriSegment = iriSegment;
    }

    /** The class name in the ontology, e.g. {@code Paper}. */
    public String localName() {
        return localName;
    }

    /** The class IRI, e.g. {@code https://w3id.org/genai-kg/ontology#Paper}. */
    public String iri() {
        return Namespaces.GKG + localName;
    }

    /** The first path segment of instance IRIs of this class, e.g. {@code paper}. */
    public String iriSegment() {
        return iriSegment;
    }

    /** The Neo4j label of nodes of this class. */
    public String neo4jLabel() {
        return localName;
    }

    /** The instance IRI for a slug, e.g. {@code resource/model/llama-2}. */
    public String instanceIri(String slug) {
        return Namespaces.RESOURCE + iriSegment + "/" + slug;
    }

    /** True for the classes that name things in the world rather than parts of the knowledge base. */
    public boolean isEntity() {
        return this != DOCUMENT && this != SECTION;
    }

    /** The class of an instance IRI by its kind segment ({@code resource/model/llama-2}: MODEL), if it is one. */
    public static java.util.Optional<NodeKind> ofInstanceIri(String iri) {
        if (iri.startsWith(Namespaces.RESOURCE)) {
            int end = iri.indexOf('/', Namespaces.RESOURCE.length());
            String segment = end < 0 ? "" : iri.substring(Namespaces.RESOURCE.length(), end);
            for (NodeKind kind : values()) {
                if (kind.iriSegment.equals(segment)) {
                    return java.util.Optional.of(kind);
                }
            }
        }
        return java.util.Optional.empty();
    }

    public static NodeKind fromLocalName(String name) {
        for (NodeKind kind : values()) {
            if (kind.localName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no node class named " + name.toLowerCase(Locale.ROOT));
    }
}
