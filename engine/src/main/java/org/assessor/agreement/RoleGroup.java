package org.assessor.agreement;

import java.util.Objects;
import org.assessor.core.Rating;

/**
 * The respondents of one role, seen together for one criterion.
 *
 * @param role   the role, e.g. {@code frontline-staff}
 * @param rated  how many of them gave a rated level (not-applicable and not-rated excluded)
 * @param rating the group's rating: the rated level most of them gave, the lower level on a tie;
 *               when none of them rated it, the scale's not-applicable level if one of them found
 *               it not applicable, else its not-rated level
 */
public record RoleGroup(String role, int rated, Rating rating) {
    public RoleGroup {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rating, "rating");
    }
}
