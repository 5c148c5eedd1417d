package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.assessor.api.ProblemView;
import org.assessor.api.ProblemView.FieldProblem;
import org.assessor.api.RuleProblemView;
import org.assessor.api.RuleSetProblemView;
import org.assessor.http.ProblemJson;
import org.assessor.http.filter.RequestIds;

/** Builds {@code application/problem+json} responses for the exception mappers. */
final class Problems {
    /** The prefix of every problem {@code type} Assessor defines. */
    static final String TYPE_PREFIX = "urn:assessor:problem:";
    /** Unprocessable Content, which JAX-RS 3.1 has no constant for. */
    static final int UNPROCESSABLE = 422;

    private Problems() {
    }

    /**
     * A problem response.
     *
     * @param status the HTTP status
     * @param kind   the problem kind, e.g. {@code submission-invalid}; null for plain HTTP errors
     *               ({@code about:blank}, titled by the status)
     * @param title  a short summary of the kind
     * @param detail what went wrong with this request
     * @param errors each field at fault, or null
     */
    static Response.ResponseBuilder of(int status, String kind, String title, String detail,
                                       List<FieldProblem> errors) {
        ProblemView problem = new ProblemView(kind == null ? "about:blank" : TYPE_PREFIX + kind, title,
                status, detail, RequestIds.current(), errors == null || errors.isEmpty() ? null
                : List.copyOf(errors));
        Response.Status known = Response.Status.fromStatusCode(status);
        Response.ResponseBuilder response = known != null ? Response.status(known)
                : Response.status(status, status == UNPROCESSABLE ? "Unprocessable Content" : title);
        return response.type(ProblemJson.MEDIA_TYPE).entity(problem);
    }

    /** {@link #of} with no field errors, built. */
    static Response of(int status, String kind, String title, String detail) {
        return of(status, kind, title, detail, null).build();
    }

    /** A 422 {@code rule-set-invalid} response listing each problem with its file, line and cell. */
    static Response ofRuleProblems(String detail, List<RuleProblemView> errors) {
        RuleSetProblemView problem = new RuleSetProblemView(TYPE_PREFIX + "rule-set-invalid",
                "The rule set is not valid", UNPROCESSABLE, detail, RequestIds.current(), List.copyOf(errors));
        return Response.status(UNPROCESSABLE, "Unprocessable Content").type(ProblemJson.MEDIA_TYPE).entity(problem)
                .build();
    }
}
