package org.assessor.assessment;

import java.util.Arrays;
import java.util.Optional;

/** How a submission was made: respondents answering questions, or a peer review rating criteria. */
public enum Mode {
    SELF("self"),
    PEER("peer");

    private final String code;

    Mode(String code) {
        this.code = code;
    }

    /** The wire form: {@code self} or {@code peer}. */
    public String code() {
        return code;
    }

    /** The mode whose {@link #code()} is {@code code}, if any. */
    public static Optional<Mode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
