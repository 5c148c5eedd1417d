package org.assessor.rules.fact;

/**
 * Input fact: one criterion of the questionnaire, where it sits, and how many of its questions
 * can be rated (free-text evidence questions are not counted).
 */
public record CriterionFact(String id, String standardId, String sectionId, int ratedQuestions) {
}
