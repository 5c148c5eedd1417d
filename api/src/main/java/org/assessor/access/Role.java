package org.assessor.access;

import java.util.Arrays;
import java.util.Optional;

/** What a token holder is to the programme; {@link AccessPolicy} says what each may do. */
public enum Role {
    /** A provider (or one workstream in it): sees and writes only its own site's assessments. */
    SITE("site"),
    /** Rates sites directly: submits peer reviews for any site and reads the assessments it wrote. */
    PEER_REVIEWER("peer-reviewer"),
    /** Compares sites: reads every assessment and comparison, writes nothing. */
    COMMISSIONER("commissioner"),
    /** Maintains the rule files: reads every assessment, manages rule sets, reads the audit log. */
    AUDITOR("auditor"),
    /** Runs the service: may do everything. */
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The form used in token files and messages, e.g. {@code peer-reviewer}. */
    public String code() {
        return code;
    }

    /** The role whose {@link #code()} is {@code code}, if any. */
    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Every code, for messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Role::code).toList());
    }
}
