package org.assessor.app;

import org.assessor.store.AuditLog;
import org.assessor.store.AuditPage;

/** Reads the audit log for auditors and admins, newest first, one page at a time. Thread-safe. */
public final class AuditTrail {
    /** The most entries one page may hold. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** At most {@code limit} entries older than entry {@code before} (0: from the newest). */
    public AuditPage page(int limit, long before) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        return log.page(limit, before);
    }
}
