package org.genaikg.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document ({@code /openapi}, {@code /openapi.yaml}): its title and description, and the problem body of every error. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    @Bean
    OpenAPI graphApiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("genai-kg graph API")
                        .version("0.1.0")
                        .description("""
                                The knowledge graph of a Markdown knowledge base about generative AI: a SPARQL 1.1 \
                                query endpoint (/sparql), read-only Cypher (/api/cypher), REST endpoints for the \
                                explorer (/api/...) and RDF dumps. Errors are RFC 9457 problem details \
                                (application/problem+json).""")
                        .license(new License().name("See the project README")));
    }

    /** Every error response is a problem document; the annotations only say when each happens. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (code.startsWith("4") || code.startsWith("5")) {
                            response.setContent(new Content().addMediaType(PROBLEM_MEDIA_TYPE,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
                        }
                    })));
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem, e.g. .../problems/node-not-found"))
                .addProperty("title", new StringSchema().description("The kind of problem, for people"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was wrong with this request, and what to do"))
                .addProperty("instance", new StringSchema().description("The request path"));
    }
}
