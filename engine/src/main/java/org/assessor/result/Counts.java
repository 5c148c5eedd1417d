package org.assessor.result;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * How many items have each level of a rating scale. Every level is present, zero or not, in
 * the scale's order of counts ({@link RatingScale#all()}). Percentages are taken over
 * {@link #rated()} (the rated levels), so not-applicable and not-rated items never enter a
 * denominator.
 */
public record Counts(RatingScale scale, Map<Rating, Integer> byRating) {

    public Counts {
        Objects.requireNonNull(scale, "scale");
        Map<Rating, Integer> all = new LinkedHashMap<>();
        for (Rating r : scale.all()) {
            all.put(r, byRating.getOrDefault(r, 0));
        }
        byRating = Collections.unmodifiableMap(all);
    }

    /** Nothing counted, on {@code scale}. */
    public static Counts none(RatingScale scale) {
        return new Counts(scale, Map.of());
    }

    /** Counts of the given ratings, all levels of {@code scale}. */
    public static Counts of(RatingScale scale, Collection<Rating> ratings) {
        Map<Rating, Integer> map = new HashMap<>();
        ratings.forEach(r -> map.merge(r, 1, Integer::sum));
        return new Counts(scale, map);
    }

    public int get(Rating rating) {
        return byRating.getOrDefault(rating, 0);
    }

    /** Every item at a rated level: the denominator of every percentage. */
    public int rated() {
        int rated = 0;
        for (Map.Entry<Rating, Integer> e : byRating.entrySet()) {
            rated += e.getKey().isRated() ? e.getValue() : 0;
        }
        return rated;
    }

    /** Every item counted, whatever its rating. */
    public int total() {
        return byRating.values().stream().mapToInt(Integer::intValue).sum();
    }
}
