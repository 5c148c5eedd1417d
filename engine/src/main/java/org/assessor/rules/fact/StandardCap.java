package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Roll-up policy: the critical criterion {@code criterionId} holds its standard at or below {@code ceiling}. */
public record StandardCap(String standardId, Rating ceiling, String criterionId) {
}
