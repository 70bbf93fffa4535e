package org.genaikg.ontology;

/** The label properties every node carries, and the Neo4j property names they map to. */
public final class Labels {
    /** The preferred name of a node. */
    public static final String LABEL = Namespaces.RDFS + "label";
    /** Every other spelling seen. */
    public static final String ALT_LABEL = Namespaces.SKOS + "altLabel";
    public static final String TYPE = Namespaces.RDF + "type";

    public static final String NEO4J_IRI = "iri";
    public static final String NEO4J_LABEL = "label";
    public static final String NEO4J_ALIASES = "aliases";
    /** The Neo4j label every node carries beside its class label; {@code iri} is unique on it (n10s style). */
    public static final String NEO4J_RESOURCE = "Resource";

    private Labels() {}
}
