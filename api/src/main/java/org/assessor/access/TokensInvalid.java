package org.assessor.access;

import org.assessor.AssessorException;

/** Thrown when a token file cannot be used; the server refuses to start (or keeps its old tokens). */
public final class TokensInvalid extends AssessorException {
    private static final long serialVersionUID = 1L;

    public TokensInvalid(String message) {
        super(message);
    }
}
