package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.access.AccessDenied;

/** 403: the caller's token is valid, but its role may not do what it asked. */
public final class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    @Override
    public Response toResponse(AccessDenied e) {
        return Problems.of(403, "forbidden", "Not allowed for this token", e.getMessage());
    }
}
