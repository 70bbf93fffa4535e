package org.genaikg.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.api.ApiClient;
import org.genaikg.api.TwoPagesApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer runs only its own scripts and styles: a Content-Security-Policy on every answer, and a page that needs no more. */
class SecurityHeadersTests extends TwoPagesApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/js/main.js", "/api/stats", "/api/nodes/model/nothing"})
    void everyAnswerCarriesAContentSecurityPolicyWithoutInlineScriptOrStyle(String path) {
        HttpResponse<String> response = new ApiClient(port).get(path);

        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html"})
    void theExplorersPageHasNoInlineScriptStyleOrHandler(String path) {
        String page = new ApiClient(port).get(path).body();

        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page);
        List<String> inline = scripts.results().map(m -> m.group()).filter(tag -> !tag.contains(" src=")).toList();
        assertThat(inline).as("inline scripts (an import map is one)").isEmpty();
        assertThat(page).doesNotContainPattern("<style\\b").doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
    }
}
