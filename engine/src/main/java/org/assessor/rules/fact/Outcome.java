package org.assessor.rules.fact;

/**
 * A conclusion a rule set draws about the whole assessment besides its ratings, such as a
 * readiness verdict or a suggested placement: the value {@code value} of the outcome
 * {@code name}, both as the questionnaire declares them ({@code "outcomes"}). Inserted by rules,
 * e.g. {@code insertLogical( new Outcome( "stage", "development" ) )}.
 */
public record Outcome(String name, String value) {
}
