package org.assessor.rules.fact;

import java.util.List;

/** Roll-up input: the ratings of a section's standards; {@code rated} counts the ranked ones. */
public record SectionTally(String sectionId, int met, int partlyMet, int notMet, int notApplicable,
                           int notRated, int rated, int standards) {

    /** Counts the {@link StandardRating}s in {@code ratings}, all of section {@code sectionId}. */
    public static SectionTally of(String sectionId, List<?> ratings) {
        RatingCounts c = RatingCounts.of(ratings, StandardRating.class, StandardRating::rating);
        return new SectionTally(sectionId, c.get(Rating.MET), c.get(Rating.PARTLY_MET), c.get(Rating.NOT_MET),
                c.get(Rating.NOT_APPLICABLE), c.get(Rating.NOT_RATED), c.rated(), ratings.size());
    }
}
