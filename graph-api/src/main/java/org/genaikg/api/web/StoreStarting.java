package org.genaikg.api.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A store the request needs is still starting or catching up with the graph the API serves (Neo4j,
 * right after {@code kg serve} starts): 503 with a {@code Retry-After}, everything else answers already.
 */
public class StoreStarting extends ApiException {
    /** How long a client should wait before it asks again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public StoreStarting(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Store starting", detail);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        return headers;
    }
}
