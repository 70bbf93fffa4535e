package org.genaikg.api.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.genaikg.api.KgProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Checks the {@code Authorization: Bearer TOKEN} header of a writing request against {@code kg.admin-token}. */
@Component
@Conditional(AdminTokenConfigured.class)
class AdminToken {
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    AdminToken(KgProperties properties) {
        this.expected = properties.adminToken().strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns when the header carries the token; throws {@link NotAuthorized} otherwise. */
    void check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw NotAuthorized.missing();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw NotAuthorized.notBearer();
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // in constant time, so the answer's timing tells nothing about how much of the token was right
        if (!MessageDigest.isEqual(expected, given)) {
            throw NotAuthorized.wrong();
        }
    }
}
