package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.BodyTooLarge;

/** 413: the request body is larger than the server's limit ({@code --max-body-bytes}). */
public final class BodyTooLargeMapper implements ExceptionMapper<BodyTooLarge> {

    @Override
    public Response toResponse(BodyTooLarge e) {
        return Problems.of(413, "body-too-large", "Request body too large", e.getMessage());
    }
}
