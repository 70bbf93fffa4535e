package org.genaikg.api.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be answered, for a reason the client should see. Each subclass names one
 * reason; {@link ProblemAdvice} renders them all as RFC 9457 problem details.
 */
public abstract class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    protected ApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Headers the answer carries beside the problem ({@code WWW-Authenticate}, ...); none by default. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }

    /** The last segment of the problem type URI, e.g. {@code node-not-found}. */
    public String type() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
