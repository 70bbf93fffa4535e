package org.genaikg.api.build;

import org.genaikg.api.web.ApiException;
import org.springframework.http.HttpStatus;

/** A rebuild was asked of an application that does not load its own stores. */
public class RebuildUnavailable extends ApiException {
    public RebuildUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Rebuild unavailable",
                "This server reads stores loaded by another process; start it with 'kg serve' to rebuild from the pages.");
    }

    /** Refused for the reason {@code detail} gives. */
    public RebuildUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Rebuild unavailable", detail);
    }
}
