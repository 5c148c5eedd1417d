package org.assessor.rules.fact;

import java.util.List;

/** Roll-up input: the ratings of every standard; {@code rated} counts the ranked ones. */
public record OverallTally(int met, int partlyMet, int notMet, int notApplicable, int notRated, int rated,
                           int standards) {

    /** Counts the {@link StandardRating}s in {@code ratings}. */
    public static OverallTally of(List<?> ratings) {
        RatingCounts c = RatingCounts.of(ratings, StandardRating.class, StandardRating::rating);
        return new OverallTally(c.get(Rating.MET), c.get(Rating.PARTLY_MET), c.get(Rating.NOT_MET),
                c.get(Rating.NOT_APPLICABLE), c.get(Rating.NOT_RATED), c.rated(), ratings.size());
    }
}
