package org.assessor.rules.fact;

import java.util.List;

/**
 * Roll-up input: the ratings of a standard's criteria. {@code rated} counts met, partly-met and
 * not-met; {@code criteria} counts every criterion of the standard.
 */
public record StandardTally(String standardId, String sectionId, int met, int partlyMet, int notMet,
                            int notApplicable, int notRated, int rated, int criteria) {

    /** Counts the {@link CriterionRating}s in {@code ratings}, all of {@code standard}. */
    public static StandardTally of(StandardFact standard, List<?> ratings) {
        RatingCounts c = RatingCounts.of(ratings, CriterionRating.class, CriterionRating::rating);
        return new StandardTally(standard.id(), standard.sectionId(), c.get(Rating.MET), c.get(Rating.PARTLY_MET),
                c.get(Rating.NOT_MET), c.get(Rating.NOT_APPLICABLE), c.get(Rating.NOT_RATED), c.rated(),
                ratings.size());
    }

    /** The share of the rated criteria of the standard that are met: {@code met / rated}, 0 when none is rated. */
    public double getMetShare() {
        return rated == 0 ? 0.0 : met / (double) rated;
    }

    /** The share of the rated criteria of the standard that are not met: {@code notMet / rated}, 0 when none is rated. */
    public double getNotMetShare() {
        return rated == 0 ? 0.0 : notMet / (double) rated;
    }
}
