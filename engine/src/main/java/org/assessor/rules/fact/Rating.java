package org.assessor.rules.fact;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rating of a criterion, standard, section or a whole assessment.
 *
 * <p>{@link #MET}, {@link #PARTLY_MET} and {@link #NOT_MET} are ordered by {@link #getRank()};
 * {@link #NOT_APPLICABLE} and {@link #NOT_RATED} carry no rank and are left out of every
 * denominator. The wire form of each value is {@link #code()}, e.g. {@code partly-met}.
 */
public enum Rating {
    NOT_MET("not-met", 0),
    PARTLY_MET("partly-met", 1),
    MET("met", 2),
    NOT_APPLICABLE("not-applicable", -1),
    NOT_RATED("not-rated", -1);

    /** Looked up for every rating of every stored result a comparison reads. */
    private static final Map<String, Rating> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rating::code, r -> r));

    private final String code;
    private final int rank;

    Rating(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** The value as it appears in JSON, CSV and reports, e.g. {@code partly-met}. */
    public String code() {
        return code;
    }

    /** 0 for not-met, 1 for partly-met, 2 for met; -1 for the two unranked values. */
    public int getRank() {
        return rank;
    }

    /** True for met, partly-met and not-met: the ratings that count in a denominator. */
    public boolean isRated() {
        return rank >= 0;
    }

    /** The rating whose {@link #code()} is {@code code}, if there is one. */
    public static Optional<Rating> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The rated value of the given rank (0, 1 or 2). */
    public static Rating ofRank(int rank) {
        return switch (rank) {
            case 0 -> NOT_MET;
            case 1 -> PARTLY_MET;
            case 2 -> MET;
            default -> throw new IllegalArgumentException("no rating has rank " + rank);
        };
    }
}
