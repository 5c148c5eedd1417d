package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.api.RuleProblemView;
import org.assessor.rules.RuleSetInvalid;

/**
 * 422: an uploaded rule set does not compile, fails a static check or one of its own test cases;
 * {@code errors[]} gives each problem's {@code file}, {@code line} (0 for the file as a whole),
 * {@code cell} for decision tables, and {@code message}.
 */
public final class RuleSetInvalidMapper implements ExceptionMapper<RuleSetInvalid> {

    @Override
    public Response toResponse(RuleSetInvalid e) {
        return Problems.ofRuleProblems(e.getMessage(), e.problems().stream()
                .map(p -> new RuleProblemView(p.file(), p.line(), p.cell(), p.message())).toList());
    }
}
