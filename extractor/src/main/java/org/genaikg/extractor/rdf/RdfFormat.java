package org.genaikg.extractor.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The dump formats {@code kg build --out} accepts, chosen by the file extension. */
public enum RdfFormat {
    TURTLE("ttl", RDFFormat.TURTLE_PRETTY, false, false),
    N_TRIPLES("nt", RDFFormat.NTRIPLES_UTF8, false, true),
    N_QUADS("nq", RDFFormat.NQUADS_UTF8, true, true),
    TRIG("trig", RDFFormat.TRIG_PRETTY, true, false),
    JSON_LD("jsonld", RDFFormat.JSONLD11_PRETTY, false, false),
    RDF_XML("rdf", RDFFormat.RDFXML_PLAIN, false, false);

    private final String extension;
    private final RDFFormat jenaFormat;
    private final boolean namedGraphs;
    private final boolean lineSorted;

    RdfFormat(String extension, RDFFormat jenaFormat, boolean namedGraphs, boolean lineSorted) {
        this.extension = extension;
        this.jenaFormat = jenaFormat;
        this.namedGraphs = namedGraphs;
        this.lineSorted = lineSorted;
    }

    /** The file extension without the dot, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** True when the format keeps one named graph per document; the others hold the union. */
    public boolean namedGraphs() {
        return namedGraphs;
    }

    /** True when the dump is written one statement per line, sorted, so equal graphs give equal bytes. */
    public boolean lineSorted() {
        return lineSorted;
    }

    RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** Every accepted extension with its dot, in declaration order: {@code .ttl, .nt, ...}. */
    public static List<String> acceptedExtensions() {
        return Arrays.stream(values()).map(f -> "." + f.extension).toList();
    }

    /**
     * The format named by a file's extension.
     *
     * @throws UnknownRdfFormatException when the extension is not one of {@link #acceptedExtensions()}
     */
    public static RdfFormat forPath(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (RdfFormat format : values()) {
            if (fileName.endsWith("." + format.extension)) {
                return format;
            }
        }
        throw new UnknownRdfFormatException(file);
    }
}
