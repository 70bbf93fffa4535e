package org.genaikg.extractor.rdf;

import java.nio.file.Path;

/** An output file whose extension names no RDF format this writer knows. */
public final class UnknownRdfFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UnknownRdfFormatException(Path file) {
        super("unknown output format for " + file + ": use one of "
                + String.join(", ", RdfFormat.acceptedExtensions()));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
