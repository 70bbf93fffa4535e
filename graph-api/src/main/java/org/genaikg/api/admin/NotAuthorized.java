package org.genaikg.api.admin;

import org.genaikg.api.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A writing request without the admin token, or with another: 401 with a {@code WWW-Authenticate:
 * Bearer} challenge (RFC 6750), or 403 when the header uses another scheme than Bearer.
 */
class NotAuthorized extends ApiException {
    private final String challenge;

    private NotAuthorized(HttpStatus status, String detail, String challenge) {
        super(status, status == HttpStatus.FORBIDDEN ? "Forbidden" : "Unauthorized", detail);
        this.challenge = challenge;
    }

    static NotAuthorized missing() {
        return new NotAuthorized(HttpStatus.UNAUTHORIZED,
                "This endpoint needs the admin token: send 'Authorization: Bearer TOKEN'.", "Bearer realm=\"genai-kg\"");
    }

    static NotAuthorized wrong() {
        return new NotAuthorized(HttpStatus.UNAUTHORIZED, "The bearer token is not the admin token.",
                "Bearer realm=\"genai-kg\", error=\"invalid_token\"");
    }

    static NotAuthorized notBearer() {
        return new NotAuthorized(HttpStatus.FORBIDDEN,
                "Only a bearer token is accepted here: send 'Authorization: Bearer TOKEN'.", null);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (challenge != null) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return headers;
    }

    @Override
    public String type() {
        return status() == HttpStatus.FORBIDDEN ? "forbidden" : "unauthorized";
    }
}
