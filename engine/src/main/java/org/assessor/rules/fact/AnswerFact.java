package org.assessor.rules.fact;

/**
 * Input fact: one respondent's answer to one rated question (not-applicable answers are
 * {@link NotApplicableAnswer}s instead; unanswered questions have no fact at all).
 *
 * <p>{@code type} is the question type ({@code yes-partly-no}, {@code agreement},
 * {@code number} or {@code choice}). {@code value} is the answer as text: {@code yes},
 * {@code partly} or {@code no}; the agreement point {@code 1}–{@code 5}; the number; or the
 * chosen option's id. {@code number} is the value of agreement and number answers, and 0 for
 * the others, so compare numbers only for those two types (never {@code NaN}: Drools' compiled
 * constraints do not compare it the way Java does).
 */
@PerAnswer
public record AnswerFact(String respondentId, String questionId, String criterionId, String type,
                         String value, double number) {
}
