package org.genaikg.api.web;

import java.net.URI;
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

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
        problem.setTitle(exception.title());
        problem.setType(URI.create(TYPE_BASE + exception.type()));
        // always JSON, whatever the Accept header asked for (a SPARQL client asks for results)
        return ResponseEntity.status(exception.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
