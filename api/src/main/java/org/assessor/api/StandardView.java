package org.assessor.api;

import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.StandardResult;

/**
 * The JSON of one standard of a result; {@code agreement} (the mean agreement between respondents
 * over its criteria) is absent in peer reviews, with a single respondent, and where no criterion
 * was rated by two respondents.
 */
public record StandardView(String id, String title, String rating, StandardAgreementView agreement,
                           List<CriterionView> criteria, List<ReasonView> reasons, List<ActionView> actions) {

    static StandardView of(StandardResult s) {
        return new StandardView(s.id(), s.title(), s.rating().code(), StandardAgreementView.of(s.agreement()),
                s.criteria().stream().map(CriterionView::of).toList(),
                s.reasons().stream().map(ReasonView::of).toList(),
                s.actions().stream().map(ActionView::of).toList());
    }

    StandardResult toDomain(RatingScale scale) {
        return new StandardResult(id, title, RatingCounts.rating(scale, rating),
                agreement == null ? null : agreement.toDomain(),
                criteria.stream().map(x -> x.toDomain(scale)).toList(),
                reasons.stream().map(x -> x.toDomain(scale)).toList(),
                actions.stream().map(ActionView::toDomain).toList());
    }
}
