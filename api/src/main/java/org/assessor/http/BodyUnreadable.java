package org.assessor.http;

import org.assessor.AssessorException;

/**
 * Thrown when a request body cannot be read: the client stopped sending before the end, or sent
 * it in a way the server cannot frame.
 */
public final class BodyUnreadable extends AssessorException {
    private static final long serialVersionUID = 1L;

    public BodyUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
