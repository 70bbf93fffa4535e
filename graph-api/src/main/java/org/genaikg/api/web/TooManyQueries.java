package org.genaikg.api.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Every query worker is busy and the queue is full: try again after {@code Retry-After} seconds. */
public class TooManyQueries extends ApiException {
    private final Duration retryAfter;

    public TooManyQueries(int workers, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Too many queries at once",
                "All " + workers + " query workers are busy and the queue is full; try again in a moment.");
        this.retryAfter = retryAfter;
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return headers;
    }
}
