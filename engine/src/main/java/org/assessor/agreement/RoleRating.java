package org.assessor.agreement;

import java.util.Objects;
import org.assessor.core.Rating;

/**
 * One respondent's own rating of a criterion and the role they answered in: what an
 * {@link Agreement} is computed from.
 *
 * @param role   the respondent's role, e.g. {@code board}
 * @param rating a level of the questionnaire's scale, rated or not (not-applicable and not-rated
 *               ratings are kept apart from the spread and the index)
 */
public record RoleRating(String role, Rating rating) {
    public RoleRating {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rating, "rating");
    }
}
