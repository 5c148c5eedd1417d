package org.assessor.http.error;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP errors Jersey raises itself (404 no such path, 405 method not allowed, 415 wrong
 * content type, 406 ...) as problem+json, keeping their status and headers (e.g. {@code Allow}).
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Context
    private UriInfo uri;
    @Context
    private Request request;
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("server error {} (request {})", status, RequestIds.current(), e);
        }
        Response.ResponseBuilder problem = Problems.of(status, null, original.getStatusInfo().getReasonPhrase(),
                detail(e, status), null);
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }

    private String detail(WebApplicationException e, int status) {
        String path = "/" + uri.getPath(false);
        if (e instanceof NotAllowedException) {
            return request.getMethod() + " is not allowed on " + path + "; allowed: "
                    + String.join(", ", e.getResponse().getAllowedMethods());
        }
        if (e instanceof NotSupportedException) {
            String given = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return "expected Content-Type application/json, not " + (given == null ? "none" : given);
        }
        if (status == 404) {
            return "no resource at " + path;
        }
        return status >= 500 ? "the request failed; it has been logged with request id " + RequestIds.current()
                : e.getMessage();
    }
}
