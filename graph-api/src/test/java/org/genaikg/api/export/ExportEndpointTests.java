package org.genaikg.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.genaikg.api.TestKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/export}: every format parses back with Jena to the same graph. */
class ExportEndpointTests extends TwoPagesApiTest {
    @ParameterizedTest
    @CsvSource({
        "turtle,   text/turtle,           genai-kg.ttl",
        "ntriples, application/n-triples, genai-kg.nt",
        "nquads,   application/n-quads,   genai-kg.nq",
        "trig,     application/trig,      genai-kg.trig",
        "jsonld,   application/ld+json,   genai-kg.jsonld",
        "rdfxml,   application/rdf+xml,   genai-kg.rdf"
    })
    void everyFormatHasItsMediaTypeFileNameAndParsesBackToTheSameTriples(
            String format, String mediaType, String fileName) throws IOException {
        HttpResponse<byte[]> response = new ApiClient(port).getBytes("/api/export?format=" + format);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + fileName + "\"");
        Dataset parsed = parse(new ByteArrayInputStream(response.body()), RDFLanguages.contentTypeToLang(mediaType));
        assertThat(triples(parsed).isIsomorphicWith(fixture().getUnionModel())).isTrue();
    }

    @Test
    void quadFormatsKeepTheDocumentGraphs() throws IOException {
        byte[] body = new ApiClient(port).getBytes("/api/export?format=nquads").body();
        Dataset parsed = parse(new ByteArrayInputStream(body), Lang.NQUADS);
        assertThat(parsed.asDatasetGraph().size()).isEqualTo(2);
    }

    @Test
    void gzipGivesACompressedFile() throws IOException {
        HttpResponse<byte[]> response = new ApiClient(port).getBytes("/api/export?format=ntriples&gzip=true");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"genai-kg.nt.gz\"");
        Dataset parsed = parse(new GZIPInputStream(new ByteArrayInputStream(response.body())), Lang.NTRIPLES);
        assertThat(triples(parsed).size()).isEqualTo(fixture().getUnionModel().size());
    }

    @Test
    void unknownFormatIsABadRequest() {
        assertThat(new ApiClient(port).get("/api/export?format=csv").statusCode()).isEqualTo(400);
    }

    static Dataset parse(InputStream in, Lang lang) {
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, in, lang);
        return dataset;
    }

    /** The triples of a parsed dump, whether they came in the default graph or in named graphs. */
    static Model triples(Dataset parsed) {
        return parsed.getDefaultModel().union(parsed.getUnionModel());
    }

    /** What the server was loaded with: the graph the extractor makes of the fixture's pages. */
    static Dataset fixture() {
        return DatasetFactory.wrap(TestKnowledgeBase.extract(dir.resolve("docs")));
    }
}
