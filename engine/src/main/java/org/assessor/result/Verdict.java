package org.assessor.result;

/** The readiness-for-change verdict a readiness rule set gives a site. */
public enum Verdict {
    READY,
    READY_WITH_CONDITIONS,
    NOT_YET_READY;

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    /** The wire form, e.g. {@code ready-with-conditions}. */
    public String code() {
        return code;
    }

    /** The value whose {@link #code()} is {@code code}, if there is one. */
    public static java.util.Optional<Verdict> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
