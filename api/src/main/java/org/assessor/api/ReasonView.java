package org.assessor.api;

import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.Reason;
import org.assessor.result.UsedAnswer;

/** The JSON of one reason: the rule that fired, its rating, what it saw, and the answers it used. */
public record ReasonView(String rule, String rating, String detail, String respondent, String role,
                         List<Answer> answers) {

    /** One answer a rule used. */
    public record Answer(String question, String value, String level) {
    }

    static ReasonView of(Reason r) {
        return new ReasonView(r.rule(), RatingCounts.code(r.rating()), r.detail(), r.respondent(), r.role(),
                r.answers().isEmpty() ? null : r.answers().stream()
                        .map(a -> new Answer(a.question(), a.value(), a.level())).toList());
    }

    Reason toDomain(RatingScale scale) {
        return new Reason(rule, RatingCounts.rating(scale, rating), detail, respondent, role, answers == null ? List.of()
                : answers.stream().map(a -> new UsedAnswer(a.question(), a.value(), a.level())).toList());
    }
}
