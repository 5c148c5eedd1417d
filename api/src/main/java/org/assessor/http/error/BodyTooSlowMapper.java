package org.assessor.http.error;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.BodyTooSlow;
import org.glassfish.grizzly.http.server.Request;

/** 408: the request body took too long to arrive; the connection is closed. */
public final class BodyTooSlowMapper implements ExceptionMapper<BodyTooSlow> {
    private final Provider<Request> request;

    @Inject
    public BodyTooSlowMapper(Provider<Request> request) {
        this.request = request;
    }

    @Override
    public Response toResponse(BodyTooSlow e) {
        ClosedAfterAnswer.mark(request.get());
        return Problems.of(408, "body-too-slow", "Request body too slow", e.getMessage(), null)
                .header("Connection", "close").build();
    }
}
