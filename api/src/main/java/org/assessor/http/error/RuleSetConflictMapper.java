package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.app.RuleSetConflict;

/**
 * 409: the rule-set version's state does not allow the request (other content under an existing
 * version, retiring the active version, a version for another questionnaire version).
 */
public final class RuleSetConflictMapper implements ExceptionMapper<RuleSetConflict> {

    @Override
    public Response toResponse(RuleSetConflict e) {
        return Problems.of(409, "rule-set-conflict", "Conflict with the rule set's state", e.getMessage());
    }
}
