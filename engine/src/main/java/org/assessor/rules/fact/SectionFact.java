package org.assessor.rules.fact;

/** Input fact: one section of the questionnaire being evaluated. */
public record SectionFact(String id) {
}
