package org.assessor.store;

import java.util.Arrays;
import java.util.Optional;

/** What an audit-log entry records. */
public enum AuditAction {
    /** A new rule-set version was uploaded as a draft. */
    UPLOAD("upload"),
    /** A version was made the active one of its questionnaire. */
    PUBLISH("publish"),
    /** A version was retired. */
    RETIRE("retire"),
    /** A stored assessment was given a new result under another version. */
    RE_EVALUATE("re-evaluate");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The value in JSON and in the database, e.g. {@code re-evaluate}. */
    public String code() {
        return code;
    }

    /** The action whose code is {@code code}, if any. */
    public static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
