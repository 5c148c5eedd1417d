package org.assessor.store;

import org.assessor.AssessorException;

/** Thrown when the storage cannot be read or written: the database is down, full or refusing. */
public final class StorageFailed extends AssessorException {
    private static final long serialVersionUID = 1L;

    public StorageFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
