package org.assessor.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.assessor.AssessorException;

/** Thrown when the storage cannot be read or written: the database is down, full or refusing. */
public final class StorageFailed extends AssessorException {
    private static final long serialVersionUID = 1L;

    public StorageFailed(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True if the cause is that the database could not be reached or went away mid-request (no
     * connection within the pool's timeout, a broken connection, or a server shutting down or
     * starting up): an outage, expected to pass, rather than a fault in Assessor or its data.
     */
    public boolean databaseUnreachable() {
        for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
