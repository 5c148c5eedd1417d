package org.assessor.access;

import org.assessor.AssessorException;

/** Thrown when a request needs a token and has none, or one the server does not know (401). */
public final class NotAuthenticated extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final boolean tokenGiven;

    public NotAuthenticated(String message, boolean tokenGiven) {
        super(message);
        this.tokenGiven = tokenGiven;
    }

    /** True if a token was sent but is not valid (RFC 6750 {@code invalid_token}); false if none was sent. */
    public boolean tokenGiven() {
        return tokenGiven;
    }
}
