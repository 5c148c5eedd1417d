package org.assessor.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Counts;

/**
 * Ratings pooled at one level (standards or criteria): how many items have each rating, and the
 * share of each rated value among the rated items.
 *
 * <p>The denominator of every percentage is {@link Counts#rated()} (the rated levels of the scale);
 * not-applicable and not-rated items are counted but never enter it. Percentages are computed
 * from the counts and rounded once, half up: to one decimal in {@link #percent()} (the JSON
 * form), to a whole number in {@link #wholePercent(Rating)} (Table 5 style tables). Neither is
 * derived from the other, so there is no double rounding. With nothing rated there is no
 * percentage at all: 0 of 0 is not 0%.
 */
public record Pooled(Counts counts) {
    /** Nothing counted, on {@code scale}. */
    public static Pooled empty(RatingScale scale) {
        return new Pooled(Counts.none(scale));
    }

    /** The rated levels of the scale, best first: the order tables show them in. */
    public List<Rating> levels() {
        return counts.scale().rated();
    }

    /** The denominator of every percentage: the items at a rated level. */
    public int rated() {
        return counts.rated();
    }

    /**
     * The share of {@code rating} among the rated items, 0–100 to one decimal, rounded half up;
     * empty when nothing was rated or {@code rating} is not a rated value.
     */
    public Optional<BigDecimal> percent(Rating rating) {
        if (rated() == 0 || !rating.isRated()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(counts.get(rating) * 100L)
                .divide(BigDecimal.valueOf(rated()), 1, RoundingMode.HALF_UP));
    }

    /**
     * The share of each rated level to one decimal (see {@link #percent(Rating)}), lowest level
     * first; empty when nothing was rated.
     */
    public Map<Rating, BigDecimal> percent() {
        Map<Rating, BigDecimal> map = new LinkedHashMap<>();
        counts.scale().all().stream().filter(Rating::isRated).forEach(r -> percent(r).ifPresent(p -> map.put(r, p)));
        return Collections.unmodifiableMap(map);
    }

    /** The share of {@code rating} as a whole number, rounded half up; empty when nothing was rated. */
    public OptionalInt wholePercent(Rating rating) {
        if (rated() == 0 || !rating.isRated()) {
            return OptionalInt.empty();
        }
        long n = counts.get(rating);
        long d = rated();
        return OptionalInt.of((int) ((200 * n + d) / (2 * d)));
    }
}
