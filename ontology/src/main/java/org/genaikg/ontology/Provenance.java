package org.genaikg.ontology;

/**
 * How provenance is written. Every extracted node points with {@code gkg:evidence} to one
 * {@code gkg:Evidence} per place it was found; every extracted relation is reified as an
 * {@code rdf:Statement} that points to its evidence the same way. An evidence records the
 * source path, line, text span and the rule that produced it, and {@code prov:wasDerivedFrom}
 * the Document.
 */
public final class Provenance {
    public static final String EVIDENCE_CLASS = Namespaces.GKG + "Evidence";
    public static final String EVIDENCE = Namespaces.GKG + "evidence";
    public static final String SOURCE_PATH = Namespaces.GKG + "sourcePath";
    public static final String SOURCE_LINE = Namespaces.GKG + "sourceLine";
    public static final String SOURCE_TEXT = Namespaces.GKG + "sourceText";
    public static final String RULE = Namespaces.GKG + "rule";
    public static final String WAS_DERIVED_FROM = Namespaces.PROV + "wasDerivedFrom";

    public static final String STATEMENT_CLASS = Namespaces.RDF + "Statement";
    public static final String STATEMENT_SUBJECT = Namespaces.RDF + "subject";
    public static final String STATEMENT_PREDICATE = Namespaces.RDF + "predicate";
    public static final String STATEMENT_OBJECT = Namespaces.RDF + "object";

    /** Instance IRIs of evidences and statements: {@code resource/evidence/HASH}. */
    public static final String EVIDENCE_SEGMENT = "evidence";
    public static final String STATEMENT_SEGMENT = "statement";

    /** Neo4j property names for provenance lists on nodes and relationships. */
    public static final String NEO4J_SOURCE_PATHS = "sourcePaths";
    public static final String NEO4J_SOURCE_LINES = "sourceLines";
    public static final String NEO4J_SOURCE_TEXTS = "sourceTexts";
    public static final String NEO4J_RULES = "rules";

    private Provenance() {}

    public static String evidenceIri(String hash) {
        return Namespaces.RESOURCE + EVIDENCE_SEGMENT + "/" + hash;
    }

    public static String statementIri(String hash) {
        return Namespaces.RESOURCE + STATEMENT_SEGMENT + "/" + hash;
    }
}
