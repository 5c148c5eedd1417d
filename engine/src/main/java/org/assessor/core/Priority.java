package org.assessor.core;

/** How soon a recommended action should be taken; results list actions high priority first. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    /** Computed once: codes are written for every item of every result. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The lower-case wire form. */
    public String code() {
        return code;
    }
}
