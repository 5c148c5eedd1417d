package org.assessor.core;

/**
 * What one answer says about its criterion, as decided by the classification layer of a rule
 * set: the answer supports the criterion, supports it in part, counts against it, or says the
 * question does not apply. What each level earns is policy, not code: the rule set's
 * {@code policy.csv} gives the points ({@code PolicyValues.points}).
 */
public enum Level {
    POSITIVE,
    PARTIAL,
    NEGATIVE,
    NOT_APPLICABLE;

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    /** The lower-case form used in results, e.g. {@code not-applicable}. */
    public String code() {
        return code;
    }
}
