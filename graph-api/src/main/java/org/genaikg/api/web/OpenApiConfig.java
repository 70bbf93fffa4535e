package org.genaikg.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the generated OpenAPI document ({@code /openapi}, {@code /openapi.yaml}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI graphApiDescription() {
        return new OpenAPI().info(new Info()
                .title("genai-kg graph API")
                .version("0.1.0")
                .description("""
                        The knowledge graph of a Markdown knowledge base about generative AI: a SPARQL 1.1 \
                        query endpoint (/sparql), REST endpoints for the explorer (/api/...) and RDF dumps. \
                        Errors are RFC 9457 problem details (application/problem+json).""")
                .license(new License().name("See the project README")));
    }
}
