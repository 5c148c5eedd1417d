package org.assessor.rules.fact;

/** Roll-up outcome: the rating of one section. */
public record SectionRating(String sectionId, Rating rating) {
}
