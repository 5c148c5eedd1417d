package org.assessor.rules.fact;

import org.assessor.core.Rating;

/**
 * Input fact: a peer reviewer's direct rating of a whole standard, from the evidence, as the
 * E-MHIP reviewers rated workstreams; only questionnaires that declare
 * {@code "peerRatesStandards": true} accept one. Rating-policy 1.1.0 lets it stand as the
 * standard's rating whatever its criteria say.
 */
public record PeerStandardRatingFact(String standardId, Rating rating) {
}
