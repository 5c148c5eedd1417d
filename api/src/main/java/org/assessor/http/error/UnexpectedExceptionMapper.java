package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 500 for anything no other mapper handles: logs the stack trace under the request id and
 * answers with that id only, never the exception's message or trace.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("unexpected failure (request {})", RequestIds.current(), e);
        return Problems.of(500, null, "Internal Server Error",
                "an unexpected error happened; it has been logged with request id " + RequestIds.current());
    }
}
