package org.assessor.http.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.assessor.http.filter.RequestIds;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 503 with {@code Retry-After}: the storage could not be read or written, so nothing was stored.
 * An unreachable database is logged as one warning line (an outage repeats it on every request);
 * any other storage failure is logged with its stack trace. The response says only that the
 * request may be retried.
 */
public final class StorageFailedMapper implements ExceptionMapper<StorageFailed> {
    /** Seconds a client is asked to wait before retrying: about how long a node needs once the database is back. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(StorageFailedMapper.class);

    @Override
    public Response toResponse(StorageFailed e) {
        if (e.databaseUnreachable()) {
            LOG.warn("storage unavailable (request {}): {}", RequestIds.current(), e.getMessage());
        } else {
            LOG.error("storage failed (request {})", RequestIds.current(), e);
        }
        return Problems.of(503, "storage-unavailable", "Storage unavailable",
                "the storage did not answer, so nothing was stored; try again later (request "
                        + RequestIds.current() + ")", null)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
