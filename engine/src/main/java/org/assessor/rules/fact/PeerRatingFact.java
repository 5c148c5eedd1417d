package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Input fact: a peer reviewer's direct rating of one criterion. */
public record PeerRatingFact(String criterionId, Rating rating) {
}
