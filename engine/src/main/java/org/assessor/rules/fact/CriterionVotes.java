package org.assessor.rules.fact;

import java.util.List;

/**
 * Consolidation input: how the respondents of a self-assessment rated one criterion.
 * {@code rated} counts met, partly-met and not-met votes; not-applicable votes are counted
 * apart and respondents who gave no rating are not counted at all.
 */
public record CriterionVotes(String criterionId, int met, int partlyMet, int notMet, int notApplicable,
                             int rated) {

    /** Counts the {@link RespondentRating}s in {@code ratings}, all for {@code criterionId}. */
    public static CriterionVotes of(String criterionId, List<?> ratings) {
        RatingCounts counts = RatingCounts.of(ratings, RespondentRating.class, RespondentRating::rating);
        return new CriterionVotes(criterionId, counts.get(Rating.MET), counts.get(Rating.PARTLY_MET),
                counts.get(Rating.NOT_MET), counts.get(Rating.NOT_APPLICABLE), counts.rated());
    }

    /** The share of the rated votes that say met: {@code met / rated}, 0 when none is rated. */
    public double getMetShare() {
        return rated == 0 ? 0.0 : met / (double) rated;
    }

    /** The share of the rated votes that say not-met: {@code notMet / rated}, 0 when none is rated. */
    public double getNotMetShare() {
        return rated == 0 ? 0.0 : notMet / (double) rated;
    }
}
