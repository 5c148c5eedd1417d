package org.assessor.http.error;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.Response;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.assessment.SubmissionInvalid;

/** 422: a well-formed submission that is wrong; {@code errors[]} gives each field's pointer and why. */
public final class SubmissionInvalidMapper implements ExceptionMapper<SubmissionInvalid> {
    @Override
    public Response toResponse(SubmissionInvalid e) {
        int n = e.errors().size();
        return Problems.of(Problems.UNPROCESSABLE, "submission-invalid", "The submission is not valid",
                "the submission has " + n + " error" + (n == 1 ? "" : "s"),
                e.errors().stream().map(f -> new FieldProblem(f.pointer(), null, f.message())).toList()).build();
    }
}
