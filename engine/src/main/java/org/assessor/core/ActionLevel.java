package org.assessor.core;

/**
 * Who a recommended action is for: a clinical or project team, the organisation (board and
 * managers), or the programme that the site joins (its commissioners and national leads).
 */
public enum ActionLevel {
    TEAM,
    ORGANISATION,
    PROGRAMME;

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The lower-case wire form. */
    public String code() {
        return code;
    }
}
