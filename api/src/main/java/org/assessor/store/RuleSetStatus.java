package org.assessor.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a rule-set version is in its lifecycle: {@code draft} (uploaded and verified, not yet
 * used for new assessments), {@code active} (rates new assessments of its questionnaire; one per
 * questionnaire) or {@code retired} (no longer active, still available for re-evaluation).
 */
public enum RuleSetStatus {
    DRAFT("draft"), ACTIVE("active"), RETIRED("retired");

    private final String code;

    RuleSetStatus(String code) {
        this.code = code;
    }

    /** The value in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The status whose code is {@code code}, if any. */
    public static Optional<RuleSetStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
