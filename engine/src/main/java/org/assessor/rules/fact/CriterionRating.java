package org.assessor.rules.fact;

import org.assessor.core.Rating;

/** Consolidated outcome: the site's rating of one criterion. */
public record CriterionRating(String criterionId, String standardId, String sectionId, Rating rating) {

    /** The rating {@code rating} of {@code criterion}. */
    public static CriterionRating of(CriterionFact criterion, Rating rating) {
        return new CriterionRating(criterion.id(), criterion.standardId(), criterion.sectionId(), rating);
    }
}
