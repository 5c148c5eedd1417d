package org.assessor.rules.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * Consolidation input of rating-policy 1.1.0: how the <em>role groups</em> of a self-assessment
 * rated one criterion, so that two people of one group cannot outvote the only member of
 * another. Each group that gave a rating counts once, with its own rating, found by the same
 * rule the layer then applies across groups: the level held by more than the policy value
 * {@code majority above} of the group's rated votes (its best or its lowest level); with no such
 * majority, the middle level of the scale (partly-met on the E-MHIP scale). A group whose every
 * vote is not-applicable counts as not-applicable; respondents who gave no rating count in no
 * group.
 *
 * <p>{@code answeredShare} is how much of the criterion the respondents answered between them:
 * the answers given to its rated questions (not {@code dont-know}), over its rated questions
 * times the respondents. The layer refuses to rate a criterion from a few answers when most of
 * its questions were answered {@code dont-know} (policy value {@code answered across respondents
 * at least}).
 *
 * @param groups the role groups that gave a rating and each group's rating, in role order
 */
public record GroupVotes(String criterionId, int top, int bottom, int notApplicable, int rated,
                         double answeredShare, Map<String, Rating> groups) {
    public GroupVotes {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /**
     * Counts the role groups' ratings of {@code criterion}: {@code ratings} are its
     * {@link RespondentRating}s, {@code evidence} its {@link CriterionEvidence} and
     * {@code respondents} every {@link RespondentFact} of the submission.
     */
    public static GroupVotes of(RatingScale scale, PolicyValues policy, CriterionFact criterion, List<?> ratings,
                                List<?> evidence, List<?> respondents) {
        Map<String, String> roleOf = new LinkedHashMap<>();
        for (Object r : respondents) {
            RespondentFact respondent = (RespondentFact) r;
            roleOf.put(respondent.id(), respondent.role());
        }
        Map<String, List<Rating>> byRole = new TreeMap<>();
        for (Object r : ratings) {
            RespondentRating rating = (RespondentRating) r;
            byRole.computeIfAbsent(roleOf.getOrDefault(rating.respondentId(), "other"), k -> new ArrayList<>())
                    .add(rating.rating());
        }
        double majority = policy.get("majority above");
        Map<String, Rating> groups = new LinkedHashMap<>();
        byRole.forEach((role, votes) -> groups.put(role, groupRating(scale, majority, votes)));
        LevelCounts counts = LevelCounts.of(scale, List.copyOf(groups.values()), Rating.class, r -> r);
        int answered = 0;
        for (Object e : evidence) {
            answered += ((CriterionEvidence) e).answered();
        }
        int asked = Math.max(criterion.ratedQuestions(), 1) * Math.max(respondents.size(), 1);
        return new GroupVotes(criterion.id(), counts.top(), counts.bottom(), counts.notApplicable(), counts.rated(),
                Math.min(1.0, answered / (double) asked), groups);
    }

    /** One group's rating: its majority level, the middle level without one, not-applicable if nothing else. */
    static Rating groupRating(RatingScale scale, double majority, List<Rating> votes) {
        LevelCounts counts = LevelCounts.of(scale, votes, Rating.class, r -> r);
        if (counts.rated() == 0) {
            return counts.notApplicable() > 0 ? scale.notApplicable() : scale.notRated();
        }
        if (LevelCounts.share(counts.top(), counts.rated()) > majority) {
            return scale.top();
        }
        if (LevelCounts.share(counts.bottom(), counts.rated()) > majority) {
            return scale.bottom();
        }
        List<Rating> rated = scale.rated();
        return rated.get(rated.size() / 2);
    }

    /** The share of the rated groups whose rating is the top level: {@code top / rated}, 0 when none is rated. */
    public double getTopShare() {
        return LevelCounts.share(top, rated);
    }

    /** The share of the rated groups whose rating is the lowest level: {@code bottom / rated}, 0 when none is rated. */
    public double getBottomShare() {
        return LevelCounts.share(bottom, rated);
    }
}
