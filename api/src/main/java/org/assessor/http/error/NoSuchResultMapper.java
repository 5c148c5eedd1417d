package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.store.NoSuchResult;

/** 404: the assessment has no result with the number asked for. */
public final class NoSuchResultMapper implements ExceptionMapper<NoSuchResult> {

    @Override
    public Response toResponse(NoSuchResult e) {
        return Problems.of(404, "no-such-result", "No such result", e.getMessage());
    }
}
