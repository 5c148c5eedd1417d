package org.assessor.api;

import java.util.List;

/**
 * The JSON of every error response, {@code application/problem+json} as RFC 9457 defines it.
 *
 * @param type      a URI naming the kind of problem, e.g. {@code urn:assessor:problem:submission-invalid}
 * @param title     a short summary of that kind
 * @param status    the HTTP status code
 * @param detail    what went wrong with this request
 * @param requestId the request's id, as in the {@code X-Request-Id} header and the server's log
 * @param errors    for invalid input, each thing wrong with it; absent otherwise
 */
public record ProblemView(String type, String title, int status, String detail, String requestId,
                          List<FieldProblem> errors) {

    /**
     * One thing wrong with the input: where ({@code pointer}, a JSON pointer into the request
     * body, or {@code parameter}, a query parameter's name) and why.
     */
    public record FieldProblem(String pointer, String parameter, String message) {
    }
}
