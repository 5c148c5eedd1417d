package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.MalformedJson;

/** 400: the body is not well-formed JSON, or breaks a depth, size or duplicate-key rule. */
public final class MalformedJsonMapper implements ExceptionMapper<MalformedJson> {

    @Override
    public Response toResponse(MalformedJson e) {
        return Problems.of(400, "malformed-json", "Malformed JSON", e.getMessage());
    }
}
