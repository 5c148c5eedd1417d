package org.assessor.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * How far the respondents of a self-assessment agree on one criterion. Immutable.
 *
 * @param index  r<sub>wg</sub> ({@link WithinGroupAgreement}) of the rated respondents' ranks,
 *               rounded to two decimals; null when fewer than two respondents rated the criterion
 * @param low    whether {@code index} is below the rule set's threshold ({@code agreement low below});
 *               false when there is no index
 * @param spread how many respondents gave each rated level of the scale, every rated level present
 *               (zero or not), best first; not-applicable and not-rated ratings are not in it
 * @param byRole each role among the respondents, in the order they first appear in the ratings
 */
public record Agreement(Double index, boolean low, Map<Rating, Integer> spread, List<RoleGroup> byRole) {
    /**
     * The threshold of a rule set whose {@code policy.csv} has no {@code agreement low below}:
     * 0.7, the cut-off conventionally applied to r<sub>wg</sub> (LeBreton and Senter, 2008,
     * "Answers to 20 questions about interrater reliability and interrater agreement", discuss
     * it and its limits). The bundled rule sets state it in their policy tables.
     */
    public static final double DEFAULT_LOW_BELOW = 0.7;

    public Agreement {
        Objects.requireNonNull(spread, "spread");
        spread = Collections.unmodifiableMap(new LinkedHashMap<>(spread));
        byRole = List.copyOf(byRole);
        if (low && index == null) {
            throw new IllegalArgumentException("only an index can be low");
        }
    }

    /** How many respondents rated the criterion at a rated level: the n of the index. */
    public int rated() {
        return spread.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The agreement of {@code ratings}, levels of {@code scale}, with an index below
     * {@code lowBelow} flagged low. The index is compared after rounding, so what a reader sees
     * is what was judged.
     */
    public static Agreement of(RatingScale scale, List<RoleRating> ratings, double lowBelow) {
        Map<Rating, Integer> spread = new LinkedHashMap<>();
        scale.rated().forEach(level -> spread.put(level, 0));
        List<Integer> ranks = new ArrayList<>();
        Map<String, List<Rating>> roles = new LinkedHashMap<>();
        for (RoleRating r : ratings) {
            roles.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(r.rating());
            if (r.rating().isRated()) {
                spread.merge(scale.describe(r.rating()).rating(), 1, Integer::sum);
                ranks.add(r.rating().getRank());
            }
        }
        Double index = WithinGroupAgreement.index(ranks, scale.rated().size()).stream()
                .mapToObj(WithinGroupAgreement::rounded).findFirst().orElse(null);
        List<RoleGroup> byRole = new ArrayList<>();
        roles.forEach((role, group) -> byRole.add(group(scale, role, group)));
        return new Agreement(index, index != null && index < lowBelow, spread, byRole);
    }

    /** The group's rating: the most frequent rated level, the lower one on a tie. */
    private static RoleGroup group(RatingScale scale, String role, List<Rating> ratings) {
        Map<Rating, Integer> counts = new LinkedHashMap<>();
        ratings.stream().filter(Rating::isRated).forEach(r -> counts.merge(r, 1, Integer::sum));
        int rated = counts.values().stream().mapToInt(Integer::intValue).sum();
        Rating modal = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(b.getKey().getRank(), a.getKey().getRank())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey)
                .orElse(ratings.contains(scale.notApplicable()) ? scale.notApplicable() : scale.notRated());
        return new RoleGroup(role, rated, modal);
    }
}
