package org.assessor.http.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.assessor.rules.EvaluationsBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 503 with {@code Retry-After}: every session of the runner was busy and its queue full (a burst
 * of evaluations), so this one was not started and nothing was stored. Not a failure of the
 * submission or the rule set: the same request may be sent again. Logged as one warning line.
 */
public final class EvaluationsBusyMapper implements ExceptionMapper<EvaluationsBusy> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationsBusyMapper.class);

    @Override
    public Response toResponse(EvaluationsBusy e) {
        LOG.warn("evaluation refused (request {}): {}", RequestIds.current(), e.getMessage());
        return Problems.of(503, "evaluations-busy", "Too many evaluations at once",
                "the server is evaluating as many submissions as it can and its queue is full, so this one was not "
                        + "evaluated and nothing was stored; send it again in " + e.retryAfterSeconds() + " s",
                null)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
