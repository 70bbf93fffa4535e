package org.genaikg.api.web;

import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place errors are rendered: typed {@link ApiException}s and Spring MVC's own request
 * errors (missing parameter, wrong method, ...) all become RFC 9457 problem details.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    static final String TYPE_BASE = "https://w3id.org/genai-kg/problems/";
    /** As {@code server.tomcat.max-http-form-post-size} and {@code spring.servlet.multipart.max-file-size} in application.properties. */
    private static final String FORM_LIMIT = "1 MB";
    private static final String UPLOAD_LIMIT = "4 MB";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
        problem.setTitle(exception.title());
        problem.setType(URI.create(TYPE_BASE + exception.type()));
        // always JSON, whatever the Accept header asked for (a SPARQL client asks for results)
        return ResponseEntity.status(exception.status()).headers(exception.headers()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A form Tomcat refused to read: over {@code server.tomcat.max-http-form-post-size} (413), or malformed (400). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableForm(InvalidParameterException exception) {
        return apiException(exception.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? new RequestTooLarge("The form may take at most " + FORM_LIMIT + "; send a longer query as the body "
                        + "(application/sparql-query), within the same limit.")
                : new InvalidParameter("The request's parameters cannot be read: " + exception.getMessage()));
    }

    /** An upload over {@code spring.servlet.multipart.*}: the same problem as any other body over its limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(apiException(new RequestTooLarge("An upload may take at most " + UPLOAD_LIMIT + ".")).getBody());
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
