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

/** Explains each rating from the facts the rules concluded, naming the rule behind each step. */
final class Reasons {
    private final Outcomes outcomes;
    private final Map<String, String> roles;
    private final Map<String, List<RespondentRating>> respondentRatings;
    private final Set<String> critical;

    Reasons(Outcomes outcomes, Submission submission) {
        this.outcomes = outcomes;
        this.roles = submission.respondents().stream()
                .collect(Collectors.toMap(r -> r.id(), r -> r.role(), (a, b) -> a));
        this.respondentRatings = outcomes.all(RespondentRating.class).stream()
                .sorted(Comparator.comparing(RespondentRating::respondentId))
                .collect(Collectors.groupingBy(RespondentRating::criterionId));
        this.critical = outcomes.all(CriticalCriterion.class).stream()
                .map(CriticalCriterion::criterionId).collect(Collectors.toSet());
    }

    boolean isCritical(String criterionId) {
        return critical.contains(criterionId);
    }

    boolean disagreement(String criterionId) {
        return outcomes.all(Disagreement.class).stream().anyMatch(d -> d.criterionId().equals(criterionId));
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
        matching(CriterionRating.class, CriterionRating::criterionId, criterionId).forEach(c ->
                reasons.add(Reason.of(outcomes.ruleOf(c), c.rating(), votes(criterionId))));
        matching(Disagreement.class, Disagreement::criterionId, criterionId).forEach(d ->
                reasons.add(Reason.of(outcomes.ruleOf(d), null, d.detail())));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule("criterion"));
        }
        return reasons;
    }

    List<Reason> forStandard(String standardId) {
        List<Reason> reasons = new ArrayList<>();
        String tally = matching(StandardTally.class, StandardTally::standardId, standardId).stream().findFirst()
                .map(t -> "criteria: " + counts(t.met(), t.partlyMet(), t.notMet(), t.notApplicable(), t.notRated()))
                .orElse("");
        matching(ProvisionalStandardRating.class, ProvisionalStandardRating::standardId, standardId).forEach(p ->
                reasons.add(Reason.of(outcomes.ruleOf(p), p.rating(), tally)));
        matching(StandardCap.class, StandardCap::standardId, standardId).forEach(c ->
                reasons.add(Reason.of(outcomes.ruleOf(c), c.ceiling(), "critical criterion " + c.criterionId()
                        + " holds the standard at " + c.ceiling().code() + " or below")));
        matching(StandardRating.class, StandardRating::standardId, standardId).forEach(s ->
                reasons.add(Reason.of(outcomes.ruleOf(s), s.rating(), "the standard's rating")));
        if (reasons.isEmpty()) {
            reasons.add(ResultAssembler.noRule("standard"));
        }
        return reasons;
    }

    List<Reason> forSection(String sectionId) {
        String tally = matching(SectionTally.class, SectionTally::sectionId, sectionId).stream().findFirst()
                .map(t -> "standards: " + counts(t.met(), t.partlyMet(), t.notMet(), t.notApplicable(), t.notRated()))
                .orElse("");
        List<Reason> reasons = matching(SectionRating.class, SectionRating::sectionId, sectionId).stream()
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

    private <T> List<T> matching(Class<T> type, Function<T, String> id, String wanted) {
        return outcomes.all(type).stream().filter(f -> id.apply(f).equals(wanted)).toList();
    }

    private String votes(String criterionId) {
        return matching(CriterionVotes.class, CriterionVotes::criterionId, criterionId).stream().findFirst()
                .map(v -> "respondents: " + counts(v.met(), v.partlyMet(), v.notMet(), v.notApplicable(), 0))
                .orElse("");
    }

    private static String evidence(CriterionEvidence e) {
        return String.format(java.util.Locale.ROOT, "answered %d of %d rated questions; %d applicable earned %d of %d"
                        + " points (%.0f%%)", e.answered(), e.expected(), e.applicable(), e.points(),
                2 * e.applicable(), 100 * e.share());
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
