package org.assessor.rules.fact;

/**
 * Input fact: one respondent's answer to one rated question.
 *
 * <p>{@code type} is the question type ({@code yes-partly-no}, {@code agreement},
 * {@code number} or {@code choice}). {@code value} is the answer as text: {@code yes},
 * {@code partly} or {@code no}; the agreement point {@code 1}–{@code 5}; the number; the chosen
 * option's id; or {@code not-applicable}. {@code number} is the numeric value for agreement and
 * number questions, and {@code NaN} otherwise. Unanswered questions have no fact.
 */
public record AnswerFact(String respondentId, String questionId, String criterionId, String type,
                         String value, double number) {

    /** True when the respondent said the question does not apply to them. */
    public boolean isNotApplicable() {
        return "not-applicable".equals(value);
    }
}
