package org.assessor.rules.fact;

/** Input fact: one respondent of a self-assessment and the role they answered in. */
public record RespondentFact(String id, String role) {
}
