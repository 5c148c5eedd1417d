package org.assessor.http;

import org.assessor.AssessorException;

/** Thrown when a request body is larger than the server accepts. */
public final class BodyTooLarge extends AssessorException {
    private static final long serialVersionUID = 1L;

    public BodyTooLarge(long limit) {
        super("the request body is larger than the " + limit + " bytes this server accepts");
    }
}
