package org.assessor.server;

import org.assessor.AssessorException;

/**
 * Thrown when the server cannot start as configured: it was asked to listen beyond loopback
 * without access control, the address is unknown, or the port is taken.
 */
public final class ServerNotStarted extends AssessorException {
    private static final long serialVersionUID = 1L;

    public ServerNotStarted(String message) {
        super(message);
    }

    public ServerNotStarted(String message, Throwable cause) {
        super(message, cause);
    }
}
