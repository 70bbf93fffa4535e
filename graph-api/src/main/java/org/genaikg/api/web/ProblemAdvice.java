package org.genaikg.api.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place errors are rendered: typed {@link ApiException}s and Spring MVC's own request
 * errors (missing parameter, wrong method, ...) all become RFC 9457 problem details.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    static final String TYPE_BASE = "https://w3id.org/genai-kg/problems/";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
        problem.setTitle(exception.title());
        problem.setType(URI.create(TYPE_BASE + exception.type()));
        // always JSON, whatever the Accept header asked for (a SPARQL client asks for results)
        return ResponseEntity.status(exception.status()).headers(exception.headers()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Anything unexpected: logged in full, answered with a problem that leaks no internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException exception) {
        LOG.error("Request failed", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request failed on the server; the server log has the details.");
        problem.setTitle("Internal error");
        problem.setType(URI.create(TYPE_BASE + "internal-error"));
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
