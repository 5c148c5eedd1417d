package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.PathInvalid;

/** 400: the request path has what no path of this API has (percent-escapes, dot segments, ...). */
public final class PathInvalidMapper implements ExceptionMapper<PathInvalid> {

    @Override
    public Response toResponse(PathInvalid e) {
        return Problems.of(400, "invalid-path", "Invalid path", e.getMessage());
    }
}
