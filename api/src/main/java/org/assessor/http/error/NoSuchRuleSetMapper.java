package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.rules.NoSuchRuleSet;

/** 404: no rule-set version has the questionnaire id and version asked for. */
public final class NoSuchRuleSetMapper implements ExceptionMapper<NoSuchRuleSet> {

    @Override
    public Response toResponse(NoSuchRuleSet e) {
        return Problems.of(404, "no-such-rule-set", "No such rule set", e.getMessage());
    }
}
