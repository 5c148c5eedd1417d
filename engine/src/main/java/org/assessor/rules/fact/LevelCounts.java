package org.assessor.rules.fact;

import java.util.List;
import java.util.function.Function;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * How many items are at the top and bottom rated levels of a scale, at any rated level, not
 * applicable and not rated, for the tally facts. Counts only: a tally is made again every time
 * one more rating arrives, so it allocates nothing else.
 */
record LevelCounts(int top, int bottom, int notApplicable, int notRated, int rated) {

    static <T> LevelCounts of(RatingScale scale, List<?> items, Class<T> type, Function<T, Rating> rating) {
        Rating topLevel = scale.top();
        Rating bottomLevel = scale.bottom();
        Rating notRatedLevel = scale.notRated();
        int top = 0;
        int bottom = 0;
        int notApplicable = 0;
        int notRated = 0;
        int rated = 0;
        for (Object item : items) {
            Rating r = rating.apply(type.cast(item));
            if (r.isRated()) {
                rated++;
                top += r.equals(topLevel) ? 1 : 0;
                bottom += r.equals(bottomLevel) ? 1 : 0;
            } else if (r.equals(notRatedLevel)) {
                notRated++;
            } else {
                notApplicable++;
            }
        }
        return new LevelCounts(top, bottom, notApplicable, notRated, rated);
    }

    /** {@code part / rated}, 0 when nothing is rated. */
    static double share(int part, int rated) {
        return rated == 0 ? 0.0 : part / (double) rated;
    }
}
