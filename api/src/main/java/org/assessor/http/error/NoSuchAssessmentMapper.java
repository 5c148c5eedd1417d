package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.store.NoSuchAssessment;

/** 404: no assessment has the id asked for. */
public final class NoSuchAssessmentMapper implements ExceptionMapper<NoSuchAssessment> {

    @Override
    public Response toResponse(NoSuchAssessment e) {
        return Problems.of(404, "no-such-assessment", "No such assessment", e.getMessage());
    }
}
