package org.assessor.assessment;

import java.util.List;

/**
 * The roles a respondent can answer in. They follow the groups the E-MHIP evaluation
 * interviewed, so that answers can be compared across perspectives.
 */
public final class Roles {
    /** Every accepted role. */
    public static final List<String> ALL = List.of(
            "board", "senior-manager", "middle-manager", "frontline-staff", "clinician", "programme-lead",
            "partner", "commissioner", "service-user", "carer", "other");

    private Roles() {
    }

    /** True if {@code role} is accepted. */
    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
