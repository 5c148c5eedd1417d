package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.round.NoSuchRound;

/** 404: no such round. */
public final class NoSuchRoundMapper implements ExceptionMapper<NoSuchRound> {

    @Override
    public Response toResponse(NoSuchRound e) {
        return Problems.of(404, "no-such-round", "No such round", e.getMessage());
    }
}
