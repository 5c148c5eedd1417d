package org.assessor.result;

/**
 * Where a site would best join an improvement programme, after the ImROC model: demonstration
 * sites are already well advanced and show others the way; pilot sites are less advanced but
 * ready to move with expert help; network sites are just beginning and learn from the others;
 * a site placed "not yet" should not join until it has worked on the conditions first.
 */
public enum Placement {
    DEMONSTRATION,
    PILOT,
    NETWORK,
    NOT_YET;

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    /** The lower-case wire form, e.g. {@code not-yet}. */
    public String code() {
        return code;
    }

    /** The value whose {@link #code()} is {@code code}, if there is one. */
    public static java.util.Optional<Placement> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
