package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.BodyTooSlow;

/** 408: the request body took too long to arrive; the connection is closed. */
public final class BodyTooSlowMapper implements ExceptionMapper<BodyTooSlow> {

    @Override
    public Response toResponse(BodyTooSlow e) {
        return Problems.of(408, "body-too-slow", "Request body too slow", e.getMessage(), null)
                .header("Connection", "close").build();
    }
}
