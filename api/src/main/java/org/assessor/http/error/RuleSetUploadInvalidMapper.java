package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.app.RuleSetUploadInvalid;

/** 422: the body of a rule-set upload is not an upload; {@code errors[]} points at each field at fault. */
public final class RuleSetUploadInvalidMapper implements ExceptionMapper<RuleSetUploadInvalid> {

    @Override
    public Response toResponse(RuleSetUploadInvalid e) {
        return Problems.of(Problems.UNPROCESSABLE, "upload-invalid", "The upload is not valid", e.getMessage(),
                e.errors().stream().map(f -> new FieldProblem(f.pointer(), null, f.message())).toList()).build();
    }
}
