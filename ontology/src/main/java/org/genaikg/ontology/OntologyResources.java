package org.genaikg.ontology;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** The Turtle files the ontology module ships, by classpath path, and how to read them. */
public final class OntologyResources {
    /** The OWL ontology: every class and property of the graph model. */
    public static final String ONTOLOGY = "/org/genaikg/ontology/genai-kg.ttl";
    /** The modality vocabulary, a SKOS concept scheme. */
    public static final String MODALITIES = "/org/genaikg/ontology/modalities.ttl";
    /** The curated gazetteer of well-known models and architecture concepts. */
    public static final String GAZETTEER = "/org/genaikg/ontology/gazetteer.ttl";
    /** Well-known software that is not a model: a curation aid for learning names. */
    public static final String SOFTWARE_NAMES = "/org/genaikg/ontology/software-names.ttl";
    /** The extraction rules, each a {@code gkg:ExtractionRule} with a one-line description. */
    public static final String RULES = "/org/genaikg/ontology/rules.ttl";
    /** The SHACL shapes the extracted graph must satisfy. */
    public static final String SHAPES = "/org/genaikg/ontology/shapes.ttl";

    private OntologyResources() {}

    /** A fresh model holding the triples of one of the files above; the caller owns it. */
    public static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new OntologyResourceException("no resource " + resource + " on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException | RiotException e) {
            throw new OntologyResourceException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return model;
    }
}
