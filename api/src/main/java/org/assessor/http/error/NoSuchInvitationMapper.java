package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.round.NoSuchInvitation;

/** 404: no such invitation. */
public final class NoSuchInvitationMapper implements ExceptionMapper<NoSuchInvitation> {

    @Override
    public Response toResponse(NoSuchInvitation e) {
        return Problems.of(404, "no-such-invitation", "No such invitation", e.getMessage());
    }
}
