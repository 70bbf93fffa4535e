package org.genaikg.ontology;

/** The namespaces of the graph model (EXTRACTION.md, "Namespaces"); the only place they are written. */
public final class Namespaces {
    /** Classes and properties of the genai-kg ontology. */
    public static final String GKG = "https://w3id.org/genai-kg/ontology#";
    /** Instances: {@code RESOURCE + kind + "/" + slug}. */
    public static final String RESOURCE = "https://w3id.org/genai-kg/resource/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    private Namespaces() {}
}
