package org.genaikg.ontology;

/**
 * The label properties every node carries, the Neo4j property names they map to, and the
 * annotations the curated vocabularies (gazetteer, modality scheme) put on names.
 */
public final class Labels {
    /** The preferred name of a node. */
    public static final String LABEL = Namespaces.RDFS + "label";
    /** Every other spelling seen. */
    public static final String ALT_LABEL = Namespaces.SKOS + "altLabel";
    /** The class of a node. */
    public static final String TYPE = Namespaces.RDF + "type";

    /** On a gazetteer entry: recognise its names only with exactly the capitalisation written. */
    public static final String MATCH_CASE = Namespaces.GKG + "matchCase";
    /** From a combined term of the modality scheme (Vision-language) to each modality it stands for. */
    public static final String IMPLIES_MODALITY = Namespaces.GKG + "impliesModality";

    public static final String NEO4J_IRI = "iri";
    public static final String NEO4J_LABEL = "label";
    public static final String NEO4J_ALIASES = "aliases";

    private Labels() {}
}
