package org.assessor.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.result.Counts;
import org.assessor.rules.fact.Rating;

/** Converts rating counts to and from their JSON form: an object of rating value → number. */
public final class RatingCounts {
    private RatingCounts() {
    }

    /** {@code {"met": 3, "partly-met": 1, ...}}, every rating present. */
    public static Map<String, Integer> of(Counts counts) {
        Map<String, Integer> json = new LinkedHashMap<>();
        counts.byRating().forEach((rating, n) -> json.put(rating.code(), n));
        return json;
    }

    /** The counts in {@code json}; unknown keys are ignored. */
    public static Counts toDomain(Map<String, Integer> json) {
        Map<Rating, Integer> counts = new java.util.EnumMap<>(Rating.class);
        json.forEach((code, n) -> Rating.fromCode(code).ifPresent(r -> counts.put(r, n)));
        return new Counts(counts);
    }

    static Rating rating(String code) {
        return code == null ? null : Rating.fromCode(code).orElseThrow(
                () -> new IllegalArgumentException("unknown rating '" + code + "'"));
    }

    static String code(Rating rating) {
        return rating == null ? null : rating.code();
    }
}
