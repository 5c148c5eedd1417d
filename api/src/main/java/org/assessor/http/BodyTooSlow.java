package org.assessor.http;

import org.assessor.AssessorException;

/** Thrown when a request body trickles in for longer than the server waits for one (408). */
public final class BodyTooSlow extends AssessorException {
    private static final long serialVersionUID = 1L;

    public BodyTooSlow(String message) {
        super(message);
    }
}
