package org.assessor.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The within-group agreement index r<sub>wg</sub> of James, Demaree and Wolf (1984), "Estimating
 * within-group interrater reliability with and without response bias", <i>Journal of Applied
 * Psychology</i> 69(1), 85-98:
 *
 * <pre>r_wg = 1 - s² / σ²_EU</pre>
 *
 * where s² is the sample variance (divided by n - 1) of the respondents' ratings, here the ranks
 * of their levels on the scale (0 for the lowest rated level), and σ²_EU = (A² - 1) / 12 is the
 * variance the ratings would have if they fell evenly at random over the A rated levels of the
 * scale (the uniform null distribution). 1 means every respondent gave the same level; 0 means
 * they agree no more than chance. Observed variance above the uniform one (respondents split
 * between the extremes) would make the index negative; it is clamped to [0, 1], as James,
 * Demaree and Wolf advise. Stateless.
 */
public final class WithinGroupAgreement {
    /** Indexes are reported to this many decimal places. */
    public static final int DECIMALS = 2;

    private WithinGroupAgreement() {
    }

    /**
     * r<sub>wg</sub> of {@code ranks} (each from 0 to {@code levels} - 1) on a scale of
     * {@code levels} rated levels, clamped to [0, 1] and not rounded; empty when fewer than two
     * ranks are given, since one rating cannot agree or disagree with anything. On a scale of one
     * rated level every rating is the same, and the index is 1.
     *
     * @throws IllegalArgumentException if {@code levels} is less than 1 or a rank is outside the scale
     */
    public static OptionalDouble index(List<Integer> ranks, int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("a scale has at least one rated level, not " + levels);
        }
        for (int rank : ranks) {
            if (rank < 0 || rank >= levels) {
                throw new IllegalArgumentException("rank " + rank + " is not on a scale of " + levels + " levels");
            }
        }
        if (ranks.size() < 2) {
            return OptionalDouble.empty();
        }
        if (levels == 1) {
            return OptionalDouble.of(1);
        }
        double mean = ranks.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double squares = ranks.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum();
        double variance = squares / (ranks.size() - 1);
        double uniform = ((double) levels * levels - 1) / 12;
        return OptionalDouble.of(Math.max(0, Math.min(1, 1 - variance / uniform)));
    }

    /** {@code index} rounded half up to {@link #DECIMALS} places, as results report it. */
    public static double rounded(double index) {
        return BigDecimal.valueOf(index).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
