package org.assessor.http.filter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request to the {@code assessor.access} logger: method, path, status and
 * milliseconds, with the request id from the MDC. Never logs bodies, query strings or headers
 * (so no credentials).
 */
@PreMatching
@Priority(2)
public final class AccessLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger("assessor.access");
    private static final String STARTED = AccessLogFilter.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        LOG.info("{} /{} {} {} ms", request.getMethod(), request.getUriInfo().getPath(false), response.getStatus(),
                millis);
    }
}
