package org.assessor.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * An outcome a questionnaire's rule sets conclude besides the ratings, such as a readiness
 * verdict: its name (what rules write in {@code new Outcome( name, value )}), its label, and
 * the values it may take, in the order reports list them.
 */
public record OutcomeDeclaration(String name, String label, List<Option> values) {
    public OutcomeDeclaration {
        values = List.copyOf(values);
    }

    /** The place of value {@code code} among the declared values, or -1 if it is not one of them. */
    public int indexOf(String code) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).id().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The value {@code code}, if declared. */
    public Optional<Option> value(String code) {
        return values.stream().filter(v -> v.id().equals(code)).findFirst();
    }
}
