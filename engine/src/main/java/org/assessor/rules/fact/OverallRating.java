package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Roll-up outcome: the rating of the whole assessment. */
public record OverallRating(Rating rating) {
}
