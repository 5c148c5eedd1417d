package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.round.RoundInvalid;

/** 422: a round or invitation request that is wrong; {@code errors[]} points at each field at fault. */
public final class RoundInvalidMapper implements ExceptionMapper<RoundInvalid> {

    @Override
    public Response toResponse(RoundInvalid e) {
        int n = e.errors().size();
        return Problems.of(Problems.UNPROCESSABLE, "round-invalid", "The request is not valid",
                "the request has " + n + " error" + (n == 1 ? "" : "s"),
                e.errors().stream().map(f -> new FieldProblem(f.pointer(), null, f.message())).toList()).build();
    }
}
