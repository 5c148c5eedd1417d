package org.assessor.api;

import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.CriterionResult;
import org.assessor.result.RespondentRatingView;

/**
 * The JSON of one criterion of a result, with the agreement between its respondents (absent in
 * peer reviews and with a single respondent), each respondent's own rating and the reasons.
 */
public record CriterionView(String id, String title, String rating, boolean critical, boolean disagreement,
                            AgreementView agreement, List<RespondentRating> respondents, List<ReasonView> reasons) {

    /** One respondent's rating of the criterion. */
    public record RespondentRating(String respondent, String role, String rating) {
    }

    static CriterionView of(CriterionResult c) {
        return new CriterionView(c.id(), c.title(), c.rating().code(), c.critical(), c.disagreement(),
                AgreementView.of(c.agreement()), c.respondents().stream()
                        .map(r -> new RespondentRating(r.respondent(), r.role(), r.rating().code())).toList(),
                c.reasons().stream().map(ReasonView::of).toList());
    }

    CriterionResult toDomain(RatingScale scale) {
        return new CriterionResult(id, title, RatingCounts.rating(scale, rating), critical, disagreement,
                agreement == null ? null : agreement.toDomain(scale), respondents.stream()
                        .map(r -> new RespondentRatingView(r.respondent(), r.role(),
                                RatingCounts.rating(scale, r.rating()))).toList(),
                reasons.stream().map(x -> x.toDomain(scale)).toList());
    }
}
