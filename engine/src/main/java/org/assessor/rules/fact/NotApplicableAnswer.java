package org.assessor.rules.fact;

/**
 * Input fact: a respondent said a question does not apply to them. Kept apart from
 * {@link AnswerFact} so that rules comparing numbers never see an answer that has none.
 */
@PerAnswer
public record NotApplicableAnswer(String respondentId, String questionId, String criterionId, String type) {
}
