package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.round.NoSuchLink;

/** 404: this link does not work. */
public final class NoSuchLinkMapper implements ExceptionMapper<NoSuchLink> {

    @Override
    public Response toResponse(NoSuchLink e) {
        return Problems.of(404, "no-such-link", "This link does not work", e.getMessage());
    }
}
