package org.assessor.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One level of a rating scale: what a criterion, standard, section or a whole assessment is
 * rated. A questionnaire declares its scale ({@link RatingScale}); a rating is its
 * {@link #code()} (the wire form, e.g. {@code partly-met}) and its {@link #getRank()} within
 * that scale: 0 for the lowest rated level and one more for each level above it, or -1 for the
 * two levels that are not ratings at all (not applicable, not rated), which leave every
 * denominator. Immutable; equal when code and rank are.
 *
 * <p>The constants are the levels of the E-MHIP scale ({@link RatingScale#MET_SCALE}), which the
 * shared rating policy and the bundled questionnaires use; rules for another scale name their
 * levels through the scale they are given, e.g. {@code $scale.level( "transformation" )}.
 */
public final class Rating implements Serializable {
    /** Compiled rule sets hold ratings as constants and are kept serialised (see the rule-set cache). */
    private static final long serialVersionUID = 1L;
    public static final Rating NOT_MET = new Rating("not-met", 0);
    public static final Rating PARTLY_MET = new Rating("partly-met", 1);
    public static final Rating MET = new Rating("met", 2);
    public static final Rating NOT_APPLICABLE = new Rating("not-applicable", -1);
    public static final Rating NOT_RATED = new Rating("not-rated", -1);

    private final String code;
    private final int rank;

    private Rating(String code, int rank) {
        this.code = Objects.requireNonNull(code, "code");
        this.rank = rank;
    }

    /** The level {@code code} at {@code rank} of a scale; only {@link RatingScale} makes them. */
    static Rating of(String code, int rank) {
        return new Rating(code, Math.max(rank, -1));
    }

    /** A deserialised constant of the E-MHIP scale is that constant again (levels of other scales stay equal copies). */
    private Object readResolve() {
        for (Rating constant : new Rating[] {NOT_MET, PARTLY_MET, MET, NOT_APPLICABLE, NOT_RATED}) {
            if (constant.equals(this)) {
                return constant;
            }
        }
        return this;
    }

    /** The value as it appears in JSON, CSV and reports, e.g. {@code partly-met}. */
    public String code() {
        return code;
    }

    /** 0 for the lowest rated level and one more per level above it; -1 for the unranked levels. */
    public int getRank() {
        return rank;
    }

    /** True for the rated levels: the ratings that count in a denominator. */
    public boolean isRated() {
        return rank >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rating r && r.rank == rank && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + rank;
    }

    /** The code. */
    @Override
    public String toString() {
        return code;
    }
}
