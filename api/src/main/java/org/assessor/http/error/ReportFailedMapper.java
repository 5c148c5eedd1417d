package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.report.ReportFailed;
import org.assessor.http.filter.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 500: a PDF report could not be produced; logged with the request id, no stack trace sent. */
public final class ReportFailedMapper implements ExceptionMapper<ReportFailed> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFailedMapper.class);

    @Override
    public Response toResponse(ReportFailed e) {
        LOG.error("request {}: report failed", RequestIds.current(), e);
        return Problems.of(500, "report-failed", "Report failed",
                "the report could not be produced; it has been logged with this request's id");
    }
}
