package org.assessor.result;

import java.util.List;

/**
 * An outcome the rule set concluded about the whole assessment (see
 * {@link org.assessor.questionnaire.OutcomeDeclaration}): its name, its value, the rule that
 * concluded it, and the factors that decided it ({@code because}, in the order the rules gave
 * them; empty where the rule set names none).
 */
public record OutcomeResult(String name, String value, String rule, List<String> because) {
    public OutcomeResult {
        because = because == null ? List.of() : List.copyOf(because);
    }

    /** An outcome with no factors named. */
    public OutcomeResult(String name, String value, String rule) {
        this(name, value, rule, List.of());
    }
}
