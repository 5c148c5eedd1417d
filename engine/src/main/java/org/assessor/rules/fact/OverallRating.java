package org.assessor.rules.fact;

/** Roll-up outcome: the rating of the whole assessment. */
public record OverallRating(Rating rating) {
}
