package org.assessor.rules.fact;

import java.util.List;
import org.assessor.core.RatingScale;

/**
 * Consolidation input: how the respondents of a self-assessment rated one criterion, on the
 * questionnaire's scale. {@code top} and {@code bottom} count votes for the best and the lowest
 * rated level, {@code rated} votes for any rated level; not-applicable votes are counted apart
 * and respondents who gave no rating are not counted at all.
 */
public record CriterionVotes(String criterionId, int top, int bottom, int notApplicable, int rated) {

    /** Counts the {@link RespondentRating}s in {@code ratings}, all for {@code criterionId}, on {@code scale}. */
    public static CriterionVotes of(RatingScale scale, String criterionId, List<?> ratings) {
        LevelCounts c = LevelCounts.of(scale, ratings, RespondentRating.class, RespondentRating::rating);
        return new CriterionVotes(criterionId, c.top(), c.bottom(), c.notApplicable(), c.rated());
    }

    /** The share of the rated votes for the top level: {@code top / rated}, 0 when none is rated. */
    public double getTopShare() {
        return LevelCounts.share(top, rated);
    }

    /** The share of the rated votes for the lowest level: {@code bottom / rated}, 0 when none is rated. */
    public double getBottomShare() {
        return LevelCounts.share(bottom, rated);
    }
}
