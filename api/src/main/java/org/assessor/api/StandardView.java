package org.assessor.api;

import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.StandardResult;

/** The JSON of one standard of a result. */
public record StandardView(String id, String title, String rating, List<CriterionView> criteria,
                           List<ReasonView> reasons, List<ActionView> actions) {

    static StandardView of(StandardResult s) {
        return new StandardView(s.id(), s.title(), s.rating().code(),
                s.criteria().stream().map(CriterionView::of).toList(),
                s.reasons().stream().map(ReasonView::of).toList(),
                s.actions().stream().map(ActionView::of).toList());
    }

    StandardResult toDomain(RatingScale scale) {
        return new StandardResult(id, title, RatingCounts.rating(scale, rating),
                criteria.stream().map(x -> x.toDomain(scale)).toList(),
                reasons.stream().map(x -> x.toDomain(scale)).toList(),
                actions.stream().map(ActionView::toDomain).toList());
    }
}
