package org.assessor.store;

/**
 * Reads the audit log. Entries are written only together with the change they record, by the
 * store that makes the change, in the same transaction; nothing changes or removes an entry.
 * Implementations are thread-safe.
 */
public interface AuditLog {

    /**
     * One page of entries, newest first: at most {@code limit} entries older than entry
     * {@code before} (0: from the newest).
     *
     * @throws StorageFailed if the storage could not be read
     */
    AuditPage page(int limit, long before);
}
