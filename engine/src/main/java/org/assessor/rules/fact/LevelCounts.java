package org.assessor.rules.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * How many items have each level of a scale, for the tally facts: every level present, best
 * first, then not-applicable and not-rated.
 */
record LevelCounts(Map<Rating, Integer> byLevel, int top, int bottom, int notApplicable, int notRated, int rated) {

    static <T> LevelCounts of(RatingScale scale, List<?> items, Class<T> type, Function<T, Rating> rating) {
        Map<Rating, Integer> counts = new LinkedHashMap<>();
        for (RatingScale.Level level : scale.levels()) {
            counts.put(level.rating(), 0);
        }
        int rated = 0;
        for (Object item : items) {
            Rating r = rating.apply(type.cast(item));
            counts.merge(r, 1, Integer::sum);
            rated += r.isRated() ? 1 : 0;
        }
        return new LevelCounts(Collections.unmodifiableMap(counts), counts.get(scale.top()),
                counts.get(scale.bottom()), counts.get(scale.notApplicable()), counts.get(scale.notRated()), rated);
    }

    /** {@code part / rated}, 0 when nothing is rated. */
    static double share(int part, int rated) {
        return rated == 0 ? 0.0 : part / (double) rated;
    }
}
