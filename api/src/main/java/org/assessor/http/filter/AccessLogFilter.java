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
 * (so no credentials), and never a respondent's link: the token segment of
 * {@code /api/respond/{link}/...} and of the respondent's pages {@code /respond/{link}/...} is logged
 * as {@code {link}}.
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
        LOG.info("{} /{} {} {} ms", request.getMethod(), withoutLink(request.getUriInfo().getPath(false)),
                response.getStatus(), millis);
    }

    /** {@code path} (without its leading '/') with a respondent's link replaced by {@code {link}}. */
    static String withoutLink(String path) {
        for (String prefix : new String[] {"api/respond/", "respond/"}) {
            if (path.startsWith(prefix)) {
                int end = path.indexOf('/', prefix.length());
                return prefix + "{link}" + (end < 0 ? "" : path.substring(end));
            }
        }
        return path;
    }
}
