package org.assessor.comparison;

import java.util.OptionalInt;
import org.assessor.core.Rating;

/** Distances on the rated scale not-met (0), partly-met (1), met (2). */
final class Steps {
    private Steps() {
    }

    /** {@code to} minus {@code from} in steps; empty when either is not a rated value. */
    static OptionalInt between(Rating from, Rating to) {
        if (!from.isRated() || !to.isRated()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(to.getRank() - from.getRank());
    }
}
