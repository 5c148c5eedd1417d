package org.assessor.round;

import org.assessor.AssessorException;

/**
 * A request a round cannot take in its present state: answers after it has closed or before it
 * opens, a change to a submitted response, a full open link, closing with no submitted responses.
 * {@link #kind()} names the state for clients ({@code round-closed}, {@code round-not-open},
 * {@code already-submitted}, {@code open-link-full}, {@code round-empty}, {@code too-few-responses},
 * {@code invitation-state}).
 */
public final class RoundConflict extends AssessorException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    public RoundConflict(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** What kind of conflict, as the problem type names it. */
    public String kind() {
        return kind;
    }
}
