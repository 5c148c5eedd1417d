package org.assessor.http.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.access.NotAuthenticated;

/**
 * 401: the request needs a token and has none, or one the server does not know. Carries
 * {@code WWW-Authenticate: Bearer} (RFC 6750), with {@code error="invalid_token"} when a token
 * was sent. Never repeats the token.
 */
public final class NotAuthenticatedMapper implements ExceptionMapper<NotAuthenticated> {

    @Override
    public Response toResponse(NotAuthenticated e) {
        return Problems.of(401, "unauthenticated", "Authentication required", e.getMessage(), null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"assessor\""
                        + (e.tokenGiven() ? ", error=\"invalid_token\"" : ""))
                .build();
    }
}
