package org.assessor.rules.fact;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts ratings for the tally facts. */
final class RatingCounts {
    private final Map<Rating, Integer> counts = new EnumMap<>(Rating.class);

    private RatingCounts() {
    }

    static <T> RatingCounts of(List<?> items, Class<T> type, Function<T, Rating> rating) {
        RatingCounts result = new RatingCounts();
        for (Object item : items) {
            result.counts.merge(rating.apply(type.cast(item)), 1, Integer::sum);
        }
        return result;
    }

    int get(Rating rating) {
        return counts.getOrDefault(rating, 0);
    }

    int rated() {
        return get(Rating.MET) + get(Rating.PARTLY_MET) + get(Rating.NOT_MET);
    }
}
