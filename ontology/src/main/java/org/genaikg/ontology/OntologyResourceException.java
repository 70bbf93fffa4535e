package org.genaikg.ontology;

/** A resource of the ontology module is missing from the classpath or does not say what it must. */
public final class OntologyResourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OntologyResourceException(String message) {
        super(message);
    }

    public OntologyResourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
