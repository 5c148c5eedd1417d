package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Roll-up step: a standard's rating from its criteria, before any critical criterion caps it. */
public record ProvisionalStandardRating(String standardId, String sectionId, Rating rating) {

    /** The provisional rating {@code rating} of the standard counted in {@code tally}. */
    public static ProvisionalStandardRating of(StandardTally tally, Rating rating) {
        return new ProvisionalStandardRating(tally.standardId(), tally.sectionId(), rating);
    }
}
