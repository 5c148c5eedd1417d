package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.http.InvalidParameter;

/** 400: a query parameter has a value the API cannot accept; {@code errors[]} names it. */
public final class InvalidParameterMapper implements ExceptionMapper<InvalidParameter> {

    @Override
    public Response toResponse(InvalidParameter e) {
        return Problems.of(400, "invalid-parameter", "Invalid parameter",
                "parameter '" + e.parameter() + "': " + e.getMessage(),
                List.of(new FieldProblem(null, e.parameter(), e.getMessage()))).build();
    }
}
