package org.assessor.result;

import org.assessor.core.Rating;

/** One respondent's own rating of a criterion, shown beside the consolidated rating. */
public record RespondentRatingView(String respondent, String role, Rating rating) {
}
