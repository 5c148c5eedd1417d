package org.assessor.rules.fact;

/** The readiness-for-change verdict a readiness rule set gives a site. */
public enum Verdict {
    READY,
    READY_WITH_CONDITIONS,
    NOT_YET_READY;

    /** The wire form, e.g. {@code ready-with-conditions}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
