package org.assessor.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.agreement.Agreement;
import org.assessor.agreement.RoleGroup;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * The JSON of a criterion's agreement between respondents: {@code index} (r<sub>wg</sub>, 0 to 1,
 * absent when fewer than two respondents rated it), {@code low} (below the rule set's threshold),
 * {@code rated} (how many gave a rated level), {@code spread} (how many gave each rated level of
 * the scale, best first) and {@code byRole} (each role's count and rating). {@code rated} is
 * written for readers and recomputed from {@code spread} on reading.
 */
public record AgreementView(Double index, boolean low, int rated, Map<String, Integer> spread,
                            List<RoleView> byRole) {

    /** One role group: how many of its respondents rated the criterion, and the group's rating. */
    public record RoleView(String role, int rated, String rating) {
    }

    static AgreementView of(Agreement a) {
        if (a == null) {
            return null;
        }
        Map<String, Integer> spread = new LinkedHashMap<>();
        a.spread().forEach((rating, n) -> spread.put(rating.code(), n));
        return new AgreementView(a.index(), a.low(), a.rated(), spread, a.byRole().stream()
                .map(g -> new RoleView(g.role(), g.rated(), g.rating().code())).toList());
    }

    Agreement toDomain(RatingScale scale) {
        Map<Rating, Integer> counts = new LinkedHashMap<>();
        spread.forEach((code, n) -> counts.put(RatingCounts.rating(scale, code), n));
        return new Agreement(index, low, counts, byRole.stream()
                .map(g -> new RoleGroup(g.role(), g.rated(), RatingCounts.rating(scale, g.rating()))).toList());
    }
}
