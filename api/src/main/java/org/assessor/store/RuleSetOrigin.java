package org.assessor.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a rule-set version's files come from: {@code bundled} with the application (the
 * repository's {@code rules/} folder, or {@code --rules DIR}), or {@code uploaded} by an auditor
 * and kept in the database.
 */
public enum RuleSetOrigin {
    BUNDLED("bundled"), UPLOADED("uploaded");

    private final String code;

    RuleSetOrigin(String code) {
        this.code = code;
    }

    /** The value in JSON and in the database. */
    public String code() {
        return code;
    }

    /** The origin whose code is {@code code}, if any. */
    public static Optional<RuleSetOrigin> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
