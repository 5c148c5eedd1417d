package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.BodyUnreadable;

/** 400: the request body could not be read to its end. */
public final class BodyUnreadableMapper implements ExceptionMapper<BodyUnreadable> {

    @Override
    public Response toResponse(BodyUnreadable e) {
        return Problems.of(400, "body-unreadable", "Request body unreadable", e.getMessage());
    }
}
