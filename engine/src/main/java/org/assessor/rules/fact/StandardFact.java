package org.assessor.rules.fact;

/** Input fact: one standard of the questionnaire and the section it belongs to. */
public record StandardFact(String id, String sectionId) {
}
