package org.assessor.rules.fact;

import org.assessor.core.Level;

/** Classification outcome: what one answer says about its criterion. */
@PerAnswer
public record AnswerLevel(String respondentId, String questionId, String criterionId, Level level,
                          String value) {

    /** The level the classification layer gives {@code answer}. */
    public static AnswerLevel of(AnswerFact answer, Level level) {
        return new AnswerLevel(answer.respondentId(), answer.questionId(), answer.criterionId(), level,
                answer.value());
    }

    /** The not-applicable level of {@code answer}. */
    public static AnswerLevel notApplicable(NotApplicableAnswer answer) {
        return new AnswerLevel(answer.respondentId(), answer.questionId(), answer.criterionId(),
                Level.NOT_APPLICABLE, "not-applicable");
    }
}
