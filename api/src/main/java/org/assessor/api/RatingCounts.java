package org.assessor.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Counts;

/** Converts rating counts to and from their JSON form: an object of rating value → number. */
public final class RatingCounts {
    private RatingCounts() {
    }

    /** {@code {"not-met": 3, "partly-met": 1, ...}}: every level of the scale, in its order of counts. */
    public static Map<String, Integer> of(Counts counts) {
        Map<String, Integer> json = new LinkedHashMap<>();
        counts.byRating().forEach((rating, n) -> json.put(rating.code(), n));
        return json;
    }

    /** The counts in {@code json}, levels of {@code scale}; unknown keys are ignored. */
    public static Counts toDomain(RatingScale scale, Map<String, Integer> json) {
        Map<Rating, Integer> counts = new java.util.HashMap<>();
        json.forEach((code, n) -> scale.find(code).ifPresent(r -> counts.put(r, n)));
        return new Counts(scale, counts);
    }

    static Rating rating(RatingScale scale, String code) {
        return code == null ? null : scale.find(code).orElseThrow(
                () -> new IllegalArgumentException("unknown rating '" + code + "'"));
    }

    static String code(Rating rating) {
        return rating == null ? null : rating.code();
    }
}
