package org.genaikg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.genaikg.ontology.OntologyResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/ontology} and {@code /api/shapes}: the ontology module's Turtle, in every dump format. */
class OntologyEndpointTests extends TwoPagesApiTest {
    @ParameterizedTest
    @CsvSource({
        "turtle,   text/turtle",
        "ntriples, application/n-triples",
        "trig,     application/trig",
        "jsonld,   application/ld+json",
        "rdfxml,   application/rdf+xml"
    })
    void theOntologyIsTheOwlFileWithTheModalitySchemeAndTheRulesInEachFormat(String format, String mediaType) {
        Model expected = ModelFactory.createDefaultModel()
                .add(OntologyResources.load(OntologyResources.ONTOLOGY))
                .add(OntologyResources.load(OntologyResources.MODALITIES))
                .add(OntologyResources.load(OntologyResources.RULES));

        Model served = get("/api/ontology?format=" + format, mediaType);

        assertThat(served.isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void theShapesAreTheShaclFileAndTheOntologyNamesTheModelClass() {
        assertThat(get("/api/shapes", "text/turtle").isIsomorphicWith(OntologyResources.load(OntologyResources.SHAPES))).isTrue();
        HttpResponse<byte[]> ontology = new ApiClient(port).getBytes("/api/ontology");
        assertThat(new String(ontology.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("gkg:Model");
        assertThat(ontology.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"genai-kg-ontology.ttl\"");
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        assertThat(new ApiClient(port).get("/api/shapes?format=owl").statusCode()).isEqualTo(400);
    }

    private Model get(String path, String mediaType) {
        HttpResponse<byte[]> response = new ApiClient(port).getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(RDFLanguages.contentTypeToLang(mediaType)).parse(parsed);
        return parsed.getDefaultModel();
    }
}
