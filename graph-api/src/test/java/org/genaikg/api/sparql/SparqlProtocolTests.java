package org.genaikg.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL 1.1 Protocol endpoint, called with Jena's own client. */
class SparqlProtocolTests extends TwoPagesApiTest {
    static final String MODELS = """
            PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?model ?label WHERE { ?model a gkg:Model ; rdfs:label ?label } ORDER BY ?label
            """;

    String endpoint;

    @BeforeEach
    void endpoint() {
        endpoint = "http://localhost:" + port + "/sparql";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"
    })
    void selectAnswersInEveryResultFormat(String mediaType) {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint)
                .query(MODELS)
                .acceptHeader(mediaType)
                .build()) {
            List<String> labels = ResultSetFormatter.toList(execution.execSelect()).stream()
                    .map(row -> row.get("label").toString())
                    .map(label -> label.replaceAll("^\"|\"$", ""))
                    .toList();
            assertThat(labels).containsExactly("CLIP", "GPT-4", "LLaMA", "Llama 2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml"})
    void askAnswersInBothResultFormats(String mediaType) {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint)
                .query("ASK { <https://w3id.org/genai-kg/resource/model/llama-2> ?p ?o }")
                .acceptHeader(mediaType)
                .build()) {
            assertThat(execution.execAsk()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json"})
    void constructAnswersInEveryGraphFormat(String mediaType) {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint)
                .query("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/genai-kg/ontology#Model> ; ?p ?o }")
                .acceptHeader(mediaType)
                .build()) {
            Model model = execution.execConstruct();
            assertThat(model.listSubjects().toList()).hasSize(4);
        }
    }

    @Test
    void describeAnswersWithTheNodesStatements() {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint)
                .query("DESCRIBE <https://w3id.org/genai-kg/resource/model/llama>")
                .acceptHeader("text/turtle")
                .build()) {
            assertThat(execution.execDescribe().size()).isGreaterThanOrEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(value = QuerySendMode.class, names = {"asGetAlways", "asPostForm", "asPost"})
    void queryIsAcceptedByGetByFormAndAsBody(QuerySendMode mode) {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(MODELS).sendMode(mode).build()) {
            assertThat(ResultSetFormatter.consume(execution.execSelect())).isEqualTo(4);
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheDocumentGraphs() {
        try (RDFConnection connection = RDFConnectionRemote.service(endpoint).build()) {
            QuerySolution row = connection.query("""
                    PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
                    SELECT (COUNT(?document) AS ?documents) WHERE { ?document a gkg:Document }
                    """).execSelect().next();
            assertThat(row.getLiteral("documents").getInt()).isEqualTo(2);
        }
    }

    @Test
    void namedGraphsStayQueryable() {
        try (RDFConnection connection = RDFConnectionRemote.service(endpoint).build()) {
            Query query = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
            assertThat(ResultSetFormatter.consume(connection.query(query).execSelect())).isEqualTo(2);
        }
    }

    @Test
    void syntaxErrorIsABadRequestWithTheParsersMessage() {
        HttpResponse<String> response = new ApiClient(port).get("/sparql?query=" + encode("SELECT ?x WHERE { ?x"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response).path("detail").asString()).contains("line 1");
    }

    @Test
    void aSelectCutAtTheRowCapSaysSoInAHeader() {
        // the union of every triple with itself: more rows than the fixture's row cap allows
        String many = "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?q ?r }";
        HttpResponse<String> cut = new ApiClient(port).get("/sparql?query=" + encode(many));
        HttpResponse<String> whole = new ApiClient(port).get("/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"));

        assertThat(cut.headers().firstValue("KG-Results-Truncated")).hasValue("10000");
        assertThat(ApiClient.json(cut).path("results").path("bindings").size()).isEqualTo(10_000);
        assertThat(whole.headers().firstValue("KG-Results-Truncated")).isEmpty();
        assertThat(ApiClient.json(whole).path("results").path("bindings").size()).isEqualTo(3);
    }

    @Test
    void aQueryNestedTooDeeplyForTheParserIsABadRequestThatSaysSo() {
        int depth = 50_000;
        String deep = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(depth) + "?o" + ")".repeat(depth) + ") }";

        HttpResponse<String> response = new ApiClient(port).post("/sparql", "application/sparql-query", deep);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("detail").asString()).contains("nests too deeply");
    }

    @Test
    void syntaxErrorFailsJenasClientWithStatus400() {
        assertThatThrownBy(() -> {
            try (QueryExecution execution = QueryExecutionHTTP.service(endpoint)
                    .parseCheck(false)
                    .queryString("SELECT ?x WHERE { ?x")
                    .build()) {
                execution.execSelect().hasNext();
            }
        }).isInstanceOfSatisfying(QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void updateSentAsQueryIsRefused() {
        HttpResponse<String> response = new ApiClient(port)
                .get("/sparql?query=" + encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(response).path("title").asString()).isEqualTo("SPARQL Update refused");
    }

    @Test
    void updateSentAsUpdateIsRefused() {
        ApiClient client = new ApiClient(port);
        assertThat(client.post("/sparql", "application/sparql-update", "CLEAR ALL").statusCode()).isEqualTo(403);
        assertThat(client.post("/sparql", "application/x-www-form-urlencoded", "update=" + encode("CLEAR ALL"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void federatedServiceCallsAreRefused() {
        HttpResponse<String> response = new ApiClient(port).get("/sparql?query="
                + encode("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void protocolDatasetDescriptionIsRefusedNotIgnored() {
        HttpResponse<String> response = new ApiClient(port).get("/sparql?query=" + encode(MODELS)
                + "&default-graph-uri=" + encode("https://w3id.org/genai-kg/resource/doc/understanding/models.md"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("detail").asString()).contains("default-graph-uri");
    }

    @Test
    void missingQueryIsABadRequest() {
        assertThat(new ApiClient(port).get("/sparql").statusCode()).isEqualTo(400);
    }

    @Test
    void unacceptableFormatIsRefusedWith406() {
        HttpResponse<String> response = new ApiClient(port).getWithAccept(
                "/sparql?query=" + encode(MODELS), "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void selectWithoutAcceptHeaderGivesSparqlJson() {
        HttpResponse<String> response = new ApiClient(port).get("/sparql?query=" + encode(MODELS));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/sparql-results+json"));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
