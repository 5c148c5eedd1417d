package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.assessor.rules.EvaluationAborted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 500: the rule set failed while rating a valid submission (a consequence threw, or the rules
 * went past their firing limit or time budget). A defect of the rule set, not of the request;
 * nothing was stored.
 */
public final class EvaluationAbortedMapper implements ExceptionMapper<EvaluationAborted> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationAbortedMapper.class);

    @Override
    public Response toResponse(EvaluationAborted e) {
        LOG.error("evaluation aborted (request {})", RequestIds.current(), e);
        return Problems.of(500, "evaluation-aborted", "The rule set failed to evaluate the submission",
                e.getMessage());
    }
}
