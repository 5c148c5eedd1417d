package org.assessor.http.error;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.BodyUnreadable;
import org.glassfish.grizzly.http.server.Request;

/**
 * 400: the request body could not be read to its end. The connection is closed after the answer:
 * what is left of the body on it cannot be told from a next request, and keeping it open would
 * hold it for the keep-alive time on top of the read timeout.
 */
public final class BodyUnreadableMapper implements ExceptionMapper<BodyUnreadable> {
    private final Provider<Request> request;

    @Inject
    public BodyUnreadableMapper(Provider<Request> request) {
        this.request = request;
    }

    @Override
    public Response toResponse(BodyUnreadable e) {
        ClosedAfterAnswer.mark(request.get());
        return Problems.of(400, "body-unreadable", "Request body unreadable", e.getMessage(), null)
                .header("Connection", "close").build();
    }
}
