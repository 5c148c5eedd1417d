package org.assessor.rules.fact;

/** How soon a recommended action should be taken; results list actions high priority first. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    /** The lower-case wire form. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
