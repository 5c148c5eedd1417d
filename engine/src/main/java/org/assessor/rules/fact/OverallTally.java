package org.assessor.rules.fact;

import java.util.List;
import org.assessor.core.RatingScale;

/**
 * Roll-up input: the ratings of every standard on the questionnaire's scale (see
 * {@link StandardTally} for the counts).
 */
public record OverallTally(int top, int bottom, int notApplicable, int notRated, int rated, int standards) {

    /** Counts the {@link StandardRating}s in {@code ratings} on {@code scale}. */
    public static OverallTally of(RatingScale scale, List<?> ratings) {
        LevelCounts c = LevelCounts.of(scale, ratings, StandardRating.class, StandardRating::rating);
        return new OverallTally(c.top(), c.bottom(), c.notApplicable(), c.notRated(), c.rated(), ratings.size());
    }

    /** The share of the rated standards at the top level, 0 when none is rated. */
    public double getTopShare() {
        return LevelCounts.share(top, rated);
    }

    /** The share of the rated standards at the lowest level, 0 when none is rated. */
    public double getBottomShare() {
        return LevelCounts.share(bottom, rated);
    }
}
