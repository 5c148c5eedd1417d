package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.round.RoundConflict;

/**
 * 409: the round cannot take this request in its present state; the problem type names the state
 * (see {@link RoundConflict#kind()}).
 */
public final class RoundConflictMapper implements ExceptionMapper<RoundConflict> {

    @Override
    public Response toResponse(RoundConflict e) {
        return Problems.of(409, e.kind(), "The round cannot do that now", e.getMessage());
    }
}
