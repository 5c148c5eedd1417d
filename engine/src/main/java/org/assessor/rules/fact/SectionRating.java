package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Roll-up outcome: the rating of one section. */
public record SectionRating(String sectionId, Rating rating) {
}
