package org.genaikg.api.export;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.genaikg.api.web.InvalidParameter;

/**
 * The dump formats: Jena writer, media type and file extension of each. Quad formats keep the
 * per-document named graphs; triple formats write the union graph. All but JSON-LD and RDF/XML
 * are written as a stream; those two are built by their Jena writers in memory first.
 */
enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, "text/turtle", "ttl", false),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, "application/n-triples", "nt", false),
    NQUADS("nquads", RDFFormat.NQUADS, "application/n-quads", "nq", true),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, "application/trig", "trig", true),
    JSONLD("jsonld", RDFFormat.JSONLD, "application/ld+json", "jsonld", false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, "application/rdf+xml", "rdf", false);

    private final String parameter;
    private final RDFFormat rdfFormat;
    private final String mediaType;
    private final String extension;
    private final boolean quads;

    ExportFormat(String parameter, RDFFormat rdfFormat, String mediaType, String extension, boolean quads) {
        this.parameter = parameter;
        this.rdfFormat = rdfFormat;
        this.mediaType = mediaType;
        this.extension = extension;
        this.quads = quads;
    }

    static ExportFormat fromParameter(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidParameter("Unknown export format " + value + "; use one of "
                        + Arrays.stream(values()).map(f -> f.parameter).toList() + "."));
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    String mediaType() {
        return mediaType;
    }

    String fileName(boolean gzip) {
        return fileName("genai-kg", gzip);
    }

    /** {@code base.ext}, {@code .gz} added when compressed. */
    String fileName(String base, boolean gzip) {
        return base + "." + extension + (gzip ? ".gz" : "");
    }

    boolean quads() {
        return quads;
    }
}
