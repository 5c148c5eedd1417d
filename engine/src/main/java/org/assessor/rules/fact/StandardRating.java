package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Roll-up outcome: the final rating of one standard. */
public record StandardRating(String standardId, String sectionId, Rating rating) {

    /** {@code provisional}'s standard with the final rating {@code rating}. */
    public static StandardRating of(ProvisionalStandardRating provisional, Rating rating) {
        return new StandardRating(provisional.standardId(), provisional.sectionId(), rating);
    }

    /** The rating a peer reviewer gave {@code standard} directly ({@link PeerStandardRatingFact}). */
    public static StandardRating given(StandardFact standard, PeerStandardRatingFact peer) {
        return new StandardRating(standard.id(), standard.sectionId(), peer.rating());
    }
}
