package org.assessor.rules.fact;

/**
 * What one answer says about its criterion, as decided by the classification layer of a rule
 * set: the answer supports the criterion, supports it in part, counts against it, or says the
 * question does not apply. {@link #getPoints()} is 2, 1 or 0 for the first three.
 */
public enum Level {
    POSITIVE(2),
    PARTIAL(1),
    NEGATIVE(0),
    NOT_APPLICABLE(0);

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    private final int points;

    Level(int points) {
        this.points = points;
    }

    /** 2 for positive, 1 for partial, 0 otherwise. */
    public int getPoints() {
        return points;
    }

    /** The lower-case form used in results, e.g. {@code not-applicable}. */
    public String code() {
        return code;
    }
}
