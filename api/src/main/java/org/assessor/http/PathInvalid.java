package org.assessor.http;

import org.assessor.AssessorException;

/**
 * Thrown when a request path holds what no path of this API has: percent-escapes, dot segments,
 * empty segments or characters outside letters, digits and {@code - . _ ~}.
 */
public final class PathInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;

    public PathInvalid(String message) {
        super(message);
    }
}
