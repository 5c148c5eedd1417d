package org.assessor.round;

import org.assessor.AssessorException;

/** Too many links that do not work, from one client in a short time: guessing is slowed down. */
public final class TooManyLinkAttempts extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyLinkAttempts(long retryAfterSeconds) {
        super("too many links that do not work from this address; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How long until the client may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
