package org.assessor.result;

/**
 * An outcome the rule set concluded about the whole assessment (see
 * {@link org.assessor.questionnaire.OutcomeDeclaration}): its name, its value, and the rule that
 * concluded it.
 */
public record OutcomeResult(String name, String value, String rule) {
}
