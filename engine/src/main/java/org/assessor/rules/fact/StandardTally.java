package org.assessor.rules.fact;

import java.util.List;
import org.assessor.core.RatingScale;

/**
 * Roll-up input: the ratings of a standard's criteria on the questionnaire's scale. {@code top}
 * and {@code bottom} count the best and the lowest rated level, {@code rated} every rated level;
 * {@code criteria} counts every criterion of the standard.
 */
public record StandardTally(String standardId, String sectionId, int top, int bottom, int notApplicable, int notRated,
                            int rated, int criteria) {

    /** Counts the {@link CriterionRating}s in {@code ratings}, all of {@code standard}, on {@code scale}. */
    public static StandardTally of(RatingScale scale, StandardFact standard, List<?> ratings) {
        LevelCounts c = LevelCounts.of(scale, ratings, CriterionRating.class, CriterionRating::rating);
        return new StandardTally(standard.id(), standard.sectionId(), c.top(), c.bottom(), c.notApplicable(),
                c.notRated(), c.rated(), ratings.size());
    }

    /** The share of the rated criteria at the top level: {@code top / rated}, 0 when none is rated. */
    public double getTopShare() {
        return LevelCounts.share(top, rated);
    }

    /** The share of the rated criteria at the lowest level: {@code bottom / rated}, 0 when none is rated. */
    public double getBottomShare() {
        return LevelCounts.share(bottom, rated);
    }

}
