package org.assessor.http.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 503: the storage could not be read or written, so nothing was stored. Logs the cause with its
 * stack trace; the response says only that the request may be retried.
 */
public final class StorageFailedMapper implements ExceptionMapper<StorageFailed> {
    private static final Logger LOG = LoggerFactory.getLogger(StorageFailedMapper.class);

    @Override
    public Response toResponse(StorageFailed e) {
        LOG.error("storage failed (request {})", RequestIds.current(), e);
        return Problems.of(503, "storage-unavailable", "Storage unavailable",
                "the storage did not answer, so nothing was stored; try again later (request "
                        + RequestIds.current() + ")");
    }
}
