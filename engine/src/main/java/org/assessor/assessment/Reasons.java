package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Reason;
import org.assessor.result.RespondentRatingView;
import org.assessor.result.UsedAnswer;
import org.assessor.rules.Outcomes.Derived;
import org.assessor.rules.Outcomes;
import org.assessor.rules.fact.CriterionEvidence;
import org.assessor.rules.fact.CriterionRating;
import org.assessor.rules.fact.CriterionVotes;
import org.assessor.rules.fact.CriticalCriterion;
import org.assessor.rules.fact.Disagreement;
import org.assessor.rules.fact.OverallRating;
import org.assessor.rules.fact.OverallTally;
import org.assessor.rules.fact.ProvisionalStandardRating;
import org.assessor.rules.fact.RespondentRating;
import org.assessor.rules.fact.SectionRating;
import org.assessor.rules.fact.SectionTally;
import org.assessor.rules.fact.StandardCap;
import org.assessor.rules.fact.StandardRating;
import org.assessor.rules.fact.StandardTally;

/**
 * Explains each rating from the facts the rules concluded, naming the rule behind each step.
 * Indexes the conclusions by item id once, so explaining a whole questionnaire stays linear.
 */
final class Reasons {
    private final RatingScale scale;
    private final Outcomes outcomes;
    private final Map<String, String> roles;
    private final Set<String> critical;
    private final Map<String, List<Derived<RespondentRating>>> respondentRatings;
    private final Map<String, List<Derived<CriterionRating>>> criterionRatings;
    private final Map<String, List<CriterionVotes>> votes;
    private final Map<String, List<Derived<Disagreement>>> disagreements;
    private final Map<String, List<StandardTally>> standardTallies;
    private final Map<String, List<Derived<ProvisionalStandardRating>>> provisional;
    private final Map<String, List<Derived<StandardCap>>> caps;
    private final Map<String, List<Derived<StandardRating>>> standardRatings;
    private final Map<String, List<SectionTally>> sectionTallies;
    /** The ratings of each standard's criteria and of each section's standards, as the tallies counted them. */
    private final Map<String, List<Rating>> ratingsOfStandard = new HashMap<>();
    private final Map<String, List<Rating>> ratingsInSection = new HashMap<>();
    private final Map<String, List<Derived<SectionRating>>> sectionRatings;

    Reasons(RatingScale scale, Outcomes outcomes, Submission submission) {
        this.scale = scale;
        this.outcomes = outcomes;
        this.roles = submission.respondents().stream()
                .collect(Collectors.toMap(Respondent::id, Respondent::role, (a, b) -> a));
        this.critical = outcomes.all(CriticalCriterion.class).stream()
                .map(CriticalCriterion::criterionId).collect(Collectors.toSet());
        this.respondentRatings = derived(RespondentRating.class, RespondentRating::criterionId);
        respondentRatings.values().forEach(list -> list.sort(Comparator.comparing(d -> d.fact().respondentId())));
        this.criterionRatings = derived(CriterionRating.class, CriterionRating::criterionId);
        this.votes = index(CriterionVotes.class, CriterionVotes::criterionId);
        this.disagreements = derived(Disagreement.class, Disagreement::criterionId);
        this.standardTallies = index(StandardTally.class, StandardTally::standardId);
        this.provisional = derived(ProvisionalStandardRating.class, ProvisionalStandardRating::standardId);
        this.caps = derived(StandardCap.class, StandardCap::standardId);
        this.standardRatings = derived(StandardRating.class, StandardRating::standardId);
        this.sectionTallies = index(SectionTally.class, SectionTally::sectionId);
        this.sectionRatings = derived(SectionRating.class, SectionRating::sectionId);
        outcomes.all(CriterionRating.class).forEach(c -> ratingsOfStandard
                .computeIfAbsent(c.standardId(), k -> new ArrayList<>()).add(c.rating()));
        outcomes.all(StandardRating.class).forEach(s -> ratingsInSection
                .computeIfAbsent(s.sectionId(), k -> new ArrayList<>()).add(s.rating()));
    }

    private <T> Map<String, List<T>> index(Class<T> type, Function<T, String> id) {
        Map<String, List<T>> index = new HashMap<>();
        for (T fact : outcomes.all(type)) {
            index.computeIfAbsent(id.apply(fact), k -> new ArrayList<>(4)).add(fact);
        }
        return index;
    }

    /** The conclusions of {@code type}, each with its rule, by item id. */
    private <T> Map<String, List<Derived<T>>> derived(Class<T> type, Function<T, String> id) {
        Map<String, List<Derived<T>>> index = new HashMap<>();
        for (Derived<T> d : outcomes.derived(type)) {
            index.computeIfAbsent(id.apply(d.fact()), k -> new ArrayList<>(4)).add(d);
        }
        return index;
    }

    boolean isCritical(String criterionId) {
        return critical.contains(criterionId);
    }

    boolean disagreement(String criterionId) {
        return disagreements.containsKey(criterionId);
    }

    List<RespondentRatingView> respondentRatings(String criterionId) {
        List<Derived<RespondentRating>> ratings = respondentRatings.getOrDefault(criterionId, List.of());
        List<RespondentRatingView> views = new ArrayList<>(ratings.size());
        for (Derived<RespondentRating> d : ratings) {
            RespondentRating r = d.fact();
            views.add(new RespondentRatingView(r.respondentId(), roles.get(r.respondentId()), r.rating()));
        }
        return views;
    }

    List<Reason> forCriterion(String criterionId) {
        List<Reason> reasons = new ArrayList<>();
        for (Derived<RespondentRating> d : respondentRatings.getOrDefault(criterionId, List.of())) {
            RespondentRating r = d.fact();
            CriterionEvidence e = r.evidence();
            List<UsedAnswer> used = new ArrayList<>(e.answers().size());
            e.answers().forEach(a -> used.add(new UsedAnswer(a.questionId(), a.value(), a.level().code())));
            reasons.add(new Reason(d.rule(), r.rating(), evidence(e), r.respondentId(),
                    roles.get(r.respondentId()), used));
        }
        String votesDetail = first(votes, criterionId)
                .map(v -> "respondents: " + counts(ratingsOf(respondentRatings.getOrDefault(criterionId, List.of())),
                        scale.notRated()))
                .orElse("");
        criterionRatings.getOrDefault(criterionId, List.of()).forEach(c ->
                reasons.add(Reason.of(c.rule(), c.fact().rating(), votesDetail)));
        disagreements.getOrDefault(criterionId, List.of()).forEach(d ->
                reasons.add(Reason.of(d.rule(), null, d.fact().detail())));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule(scale, "criterion"));
        }
        return reasons;
    }

    List<Reason> forStandard(String standardId) {
        List<Reason> reasons = new ArrayList<>();
        String tally = first(standardTallies, standardId)
                .map(t -> "criteria: " + counts(ratingsOfStandard.getOrDefault(standardId, List.of()), null))
                .orElse("");
        provisional.getOrDefault(standardId, List.of()).forEach(p ->
                reasons.add(Reason.of(p.rule(), p.fact().rating(), tally)));
        caps.getOrDefault(standardId, List.of()).forEach(c ->
                reasons.add(Reason.of(c.rule(), c.fact().ceiling(), "critical criterion " + c.fact().criterionId()
                        + " holds the standard at " + c.fact().ceiling().code() + " or below")));
        standardRatings.getOrDefault(standardId, List.of()).forEach(s ->
                reasons.add(Reason.of(s.rule(), s.fact().rating(), "the standard's rating")));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule(scale, "standard"));
        }
        return reasons;
    }

    List<Reason> forSection(String sectionId) {
        String tally = first(sectionTallies, sectionId)
                .map(t -> "standards: " + counts(ratingsInSection.getOrDefault(sectionId, List.of()), null))
                .orElse("");
        List<Reason> reasons = sectionRatings.getOrDefault(sectionId, List.of()).stream()
                .map(s -> Reason.of(s.rule(), s.fact().rating(), tally)).toList();
        return reasons.isEmpty() ? List.of(ResultAssembler.noRule(scale, "section")) : reasons;
    }

    List<Reason> forOverall() {
        String tally = outcomes.all(OverallTally.class).stream().findFirst()
                .map(t -> "standards: " + counts(outcomes.all(StandardRating.class).stream()
                        .map(StandardRating::rating).toList(), null))
                .orElse("");
        List<Reason> reasons = outcomes.derived(OverallRating.class).stream()
                .map(o -> Reason.of(o.rule(), o.fact().rating(), tally)).toList();
        return reasons.isEmpty() ? List.of(ResultAssembler.noRule(scale, "assessment")) : reasons;
    }

    private static List<Rating> ratingsOf(List<Derived<RespondentRating>> ratings) {
        List<Rating> list = new ArrayList<>(ratings.size());
        for (Derived<RespondentRating> d : ratings) {
            list.add(d.fact().rating());
        }
        return list;
    }

    private static <T> java.util.Optional<T> first(Map<String, List<T>> index, String id) {
        List<T> items = index.get(id);
        return items == null || items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(0));
    }

    private static String evidence(CriterionEvidence e) {
        return "answered " + e.answered() + " of " + e.expected() + " rated questions; " + e.applicable()
                + " applicable earned " + number(e.points()) + " of " + number(e.available()) + " points ("
                + Math.round(100 * e.share()) + "%)";
    }

    /** "2 met, 1 not-met": {@code ratings} counted by level, best first, leaving out {@code skipped} (may be null). */
    private String counts(List<Rating> ratings, Rating skipped) {
        StringBuilder text = new StringBuilder();
        for (RatingScale.Level level : scale.levels()) {
            int n = 0;
            for (Rating rating : ratings) {
                n += rating.equals(level.rating()) ? 1 : 0;
            }
            if (n > 0 && !level.rating().equals(skipped)) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(level.code());
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }

    /** {@code value} as a reader writes it: 3, not 3.0; 2.5 as it is. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
