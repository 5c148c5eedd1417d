package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assessor.result.Reason;
import org.assessor.result.RespondentRatingView;
import org.assessor.result.UsedAnswer;
import org.assessor.rules.Outcomes;
import org.assessor.rules.fact.CriterionEvidence;
import org.assessor.rules.fact.CriterionRating;
import org.assessor.rules.fact.CriterionVotes;
import org.assessor.rules.fact.CriticalCriterion;
import org.assessor.rules.fact.Disagreement;
import org.assessor.rules.fact.OverallRating;
import org.assessor.rules.fact.OverallTally;
import org.assessor.rules.fact.ProvisionalStandardRating;
import org.assessor.rules.fact.Rating;
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
    private final Outcomes outcomes;
    private final Map<String, String> roles;
    private final Set<String> critical;
    private final Map<String, List<RespondentRating>> respondentRatings;
    private final Map<String, List<CriterionRating>> criterionRatings;
    private final Map<String, List<CriterionVotes>> votes;
    private final Map<String, List<Disagreement>> disagreements;
    private final Map<String, List<StandardTally>> standardTallies;
    private final Map<String, List<ProvisionalStandardRating>> provisional;
    private final Map<String, List<StandardCap>> caps;
    private final Map<String, List<StandardRating>> standardRatings;
    private final Map<String, List<SectionTally>> sectionTallies;
    private final Map<String, List<SectionRating>> sectionRatings;

    Reasons(Outcomes outcomes, Submission submission) {
        this.outcomes = outcomes;
        this.roles = submission.respondents().stream()
                .collect(Collectors.toMap(Respondent::id, Respondent::role, (a, b) -> a));
        this.critical = outcomes.all(CriticalCriterion.class).stream()
                .map(CriticalCriterion::criterionId).collect(Collectors.toSet());
        this.respondentRatings = index(RespondentRating.class, RespondentRating::criterionId);
        respondentRatings.values().forEach(list -> list.sort(Comparator.comparing(RespondentRating::respondentId)));
        this.criterionRatings = index(CriterionRating.class, CriterionRating::criterionId);
        this.votes = index(CriterionVotes.class, CriterionVotes::criterionId);
        this.disagreements = index(Disagreement.class, Disagreement::criterionId);
        this.standardTallies = index(StandardTally.class, StandardTally::standardId);
        this.provisional = index(ProvisionalStandardRating.class, ProvisionalStandardRating::standardId);
        this.caps = index(StandardCap.class, StandardCap::standardId);
        this.standardRatings = index(StandardRating.class, StandardRating::standardId);
        this.sectionTallies = index(SectionTally.class, SectionTally::sectionId);
        this.sectionRatings = index(SectionRating.class, SectionRating::sectionId);
    }

    private <T> Map<String, List<T>> index(Class<T> type, Function<T, String> id) {
        return outcomes.all(type).stream().collect(Collectors.groupingBy(id, Collectors.toCollection(ArrayList::new)));
    }

    boolean isCritical(String criterionId) {
        return critical.contains(criterionId);
    }

    boolean disagreement(String criterionId) {
        return disagreements.containsKey(criterionId);
    }

    List<RespondentRatingView> respondentRatings(String criterionId) {
        return respondentRatings.getOrDefault(criterionId, List.of()).stream()
                .map(r -> new RespondentRatingView(r.respondentId(), roles.get(r.respondentId()), r.rating()))
                .toList();
    }

    List<Reason> forCriterion(String criterionId) {
        List<Reason> reasons = new ArrayList<>();
        for (RespondentRating r : respondentRatings.getOrDefault(criterionId, List.of())) {
            CriterionEvidence e = r.evidence();
            List<UsedAnswer> used = e.answers().stream()
                    .map(a -> new UsedAnswer(a.questionId(), a.value(), a.level().code())).toList();
            reasons.add(new Reason(outcomes.ruleOf(r), r.rating(), evidence(e), r.respondentId(),
                    roles.get(r.respondentId()), used));
        }
        String votesDetail = first(votes, criterionId)
                .map(v -> "respondents: " + counts(v.met(), v.partlyMet(), v.notMet(), v.notApplicable(), 0))
                .orElse("");
        criterionRatings.getOrDefault(criterionId, List.of()).forEach(c ->
                reasons.add(Reason.of(outcomes.ruleOf(c), c.rating(), votesDetail)));
        disagreements.getOrDefault(criterionId, List.of()).forEach(d ->
                reasons.add(Reason.of(outcomes.ruleOf(d), null, d.detail())));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule("criterion"));
        }
        return reasons;
    }

    List<Reason> forStandard(String standardId) {
        List<Reason> reasons = new ArrayList<>();
        String tally = first(standardTallies, standardId)
                .map(t -> "criteria: " + counts(t.met(), t.partlyMet(), t.notMet(), t.notApplicable(), t.notRated()))
                .orElse("");
        provisional.getOrDefault(standardId, List.of()).forEach(p ->
                reasons.add(Reason.of(outcomes.ruleOf(p), p.rating(), tally)));
        caps.getOrDefault(standardId, List.of()).forEach(c ->
                reasons.add(Reason.of(outcomes.ruleOf(c), c.ceiling(), "critical criterion " + c.criterionId()
                        + " holds the standard at " + c.ceiling().code() + " or below")));
        standardRatings.getOrDefault(standardId, List.of()).forEach(s ->
                reasons.add(Reason.of(outcomes.ruleOf(s), s.rating(), "the standard's rating")));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule("standard"));
        }
        return reasons;
    }

    List<Reason> forSection(String sectionId) {
        String tally = first(sectionTallies, sectionId)
                .map(t -> "standards: " + counts(t.met(), t.partlyMet(), t.notMet(), t.notApplicable(), t.notRated()))
                .orElse("");
        List<Reason> reasons = sectionRatings.getOrDefault(sectionId, List.of()).stream()
                .map(s -> Reason.of(outcomes.ruleOf(s), s.rating(), tally)).toList();
        return reasons.isEmpty() ? List.of(ResultAssembler.noRule("section")) : reasons;
    }

    List<Reason> forOverall() {
        String tally = outcomes.all(OverallTally.class).stream().findFirst()
                .map(t -> "standards: " + counts(t.met(), t.partlyMet(), t.notMet(), t.notApplicable(), t.notRated()))
                .orElse("");
        List<Reason> reasons = outcomes.all(OverallRating.class).stream()
                .map(o -> Reason.of(outcomes.ruleOf(o), o.rating(), tally)).toList();
        return reasons.isEmpty() ? List.of(ResultAssembler.noRule("assessment")) : reasons;
    }

    private static <T> java.util.Optional<T> first(Map<String, List<T>> index, String id) {
        List<T> items = index.get(id);
        return items == null || items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(0));
    }

    private static String evidence(CriterionEvidence e) {
        return "answered " + e.answered() + " of " + e.expected() + " rated questions; " + e.applicable()
                + " applicable earned " + e.points() + " of " + (2 * e.applicable()) + " points ("
                + Math.round(100 * e.share()) + "%)";
    }

    private static String counts(int met, int partly, int notMet, int notApplicable, int notRated) {
        StringBuilder text = new StringBuilder();
        append(text, met, Rating.MET);
        append(text, partly, Rating.PARTLY_MET);
        append(text, notMet, Rating.NOT_MET);
        append(text, notApplicable, Rating.NOT_APPLICABLE);
        append(text, notRated, Rating.NOT_RATED);
        return text.length() == 0 ? "none" : text.toString();
    }

    private static void append(StringBuilder text, int n, Rating rating) {
        if (n > 0) {
            text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(rating.code());
        }
    }
}
