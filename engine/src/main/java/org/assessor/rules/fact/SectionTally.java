package org.assessor.rules.fact;

import java.util.List;
import org.assessor.core.RatingScale;

/**
 * Roll-up input: the ratings of a section's standards on the questionnaire's scale (see
 * {@link StandardTally} for the counts).
 */
public record SectionTally(String sectionId, int top, int bottom, int notApplicable, int notRated, int rated,
                           int standards) {

    /** Counts the {@link StandardRating}s in {@code ratings}, all of section {@code sectionId}, on {@code scale}. */
    public static SectionTally of(RatingScale scale, String sectionId, List<?> ratings) {
        LevelCounts c = LevelCounts.of(scale, ratings, StandardRating.class, StandardRating::rating);
        return new SectionTally(sectionId, c.top(), c.bottom(), c.notApplicable(), c.notRated(), c.rated(),
                ratings.size());
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
