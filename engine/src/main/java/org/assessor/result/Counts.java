package org.assessor.result;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.assessor.rules.fact.Rating;

/**
 * How many items have each rating. Every rating value is present, zero or not. Percentages are
 * taken over {@link #rated()} (met + partly-met + not-met), so not-applicable and not-rated
 * items never enter a denominator.
 */
public record Counts(Map<Rating, Integer> byRating) {

    public Counts {
        EnumMap<Rating, Integer> all = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            all.put(r, byRating.getOrDefault(r, 0));
        }
        byRating = Collections.unmodifiableMap(all);
    }

    /** Counts of the given ratings. */
    public static Counts of(Collection<Rating> ratings) {
        EnumMap<Rating, Integer> map = new EnumMap<>(Rating.class);
        ratings.forEach(r -> map.merge(r, 1, Integer::sum));
        return new Counts(map);
    }

    public int get(Rating rating) {
        return byRating.get(rating);
    }

    /** Met + partly-met + not-met: the denominator of every percentage. */
    public int rated() {
        return get(Rating.MET) + get(Rating.PARTLY_MET) + get(Rating.NOT_MET);
    }

    /** Every item counted, whatever its rating. */
    public int total() {
        return byRating.values().stream().mapToInt(Integer::intValue).sum();
    }
}
