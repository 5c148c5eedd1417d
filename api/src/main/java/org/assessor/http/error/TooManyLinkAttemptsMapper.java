package org.assessor.http.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.round.TooManyLinkAttempts;

/** 429 with {@code Retry-After}: too many links that do not work from one address; guessing is slowed down. */
public final class TooManyLinkAttemptsMapper implements ExceptionMapper<TooManyLinkAttempts> {

    @Override
    public Response toResponse(TooManyLinkAttempts e) {
        return Problems.of(429, "too-many-link-attempts", "Too many links that do not work", e.getMessage(), null)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).build();
    }
}
