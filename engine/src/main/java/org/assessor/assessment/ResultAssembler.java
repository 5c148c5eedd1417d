package org.assessor.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.OutcomeDeclaration;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Section;
import org.assessor.questionnaire.Standard;
import org.assessor.result.ActionResult;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.CriterionResult;
import org.assessor.result.OutcomeResult;
import org.assessor.result.Overall;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.RatingsSnapshot;
import org.assessor.result.Readiness;
import org.assessor.result.Reason;
import org.assessor.result.RespondentRatingView;
import org.assessor.result.RespondentSummary;
import org.assessor.result.RuleSetRef;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.Outcomes;
import org.assessor.rules.fact.CriterionRating;
import org.assessor.rules.fact.Outcome;
import org.assessor.rules.fact.OutcomeFactor;
import org.assessor.rules.fact.OverallRating;
import org.assessor.rules.fact.RecommendedAction;
import org.assessor.rules.fact.SectionRating;
import org.assessor.rules.fact.StandardRating;

/**
 * Builds an {@link AssessmentResult} from what a rule set concluded, in questionnaire order.
 * An item no rule rated is {@code not-rated}, with a reason saying so. Agreement between
 * respondents is computed here from the respondent ratings the rules concluded
 * ({@link AgreementMeasure}); the rules themselves know nothing of it. Thread-safe.
 */
final class ResultAssembler {

    AssessmentResult assemble(Questionnaire questionnaire, Submission submission, CompiledRuleSet ruleSet,
                              Outcomes outcomes, Instant evaluatedAt) {
        RatingScale scale = questionnaire.scale();
        Reasons reasons = new Reasons(scale, outcomes, submission);
        AgreementMeasure agreement = AgreementMeasure.of(scale, submission, ruleSet);
        Map<String, Rating> criterionRatings = lowest(outcomes.all(CriterionRating.class),
                CriterionRating::criterionId, CriterionRating::rating);
        Map<String, Rating> standardRatings = lowest(outcomes.all(StandardRating.class),
                StandardRating::standardId, StandardRating::rating);
        Map<String, Rating> sectionRatings = lowest(outcomes.all(SectionRating.class),
                SectionRating::sectionId, SectionRating::rating);
        List<ActionResult> actions = actions(questionnaire, outcomes);
        Map<String, List<ActionResult>> actionsByStandard = byStandard(questionnaire, actions);

        List<SectionResult> sections = new ArrayList<>();
        List<Rating> allCriteria = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            List<StandardResult> standards = new ArrayList<>();
            for (Standard standard : section.standards()) {
                List<CriterionResult> criteria = new ArrayList<>();
                for (Criterion criterion : standard.criteria()) {
                    Rating rating = criterionRatings.getOrDefault(criterion.id(), scale.notRated());
                    allCriteria.add(rating);
                    List<RespondentRatingView> respondents = reasons.respondentRatings(criterion.id());
                    criteria.add(new CriterionResult(criterion.id(), criterion.title(), rating,
                            reasons.isCritical(criterion.id()), reasons.disagreement(criterion.id()),
                            agreement.criterion(respondents), respondents, reasons.forCriterion(criterion.id())));
                }
                standards.add(new StandardResult(standard.id(), standard.title(),
                        standardRatings.getOrDefault(standard.id(), scale.notRated()), agreement.standard(criteria),
                        criteria,
                        reasons.forStandard(standard.id()), actionsByStandard.getOrDefault(standard.id(), List.of())));
            }
            sections.add(new SectionResult(section.id(), section.title(),
                    sectionRatings.getOrDefault(section.id(), scale.notRated()), standards,
                    reasons.forSection(section.id())));
        }
        Counts standardCounts = Counts.of(scale, sections.stream()
                .flatMap(s -> s.standards().stream()).map(StandardResult::rating).toList());
        Rating overallRating = outcomes.all(OverallRating.class).stream().map(OverallRating::rating)
                .min(Comparator.comparingInt(Rating::getRank)).orElse(scale.notRated());
        Overall overall = new Overall(overallRating, standardCounts, Counts.of(scale, allCriteria),
                reasons.forOverall());
        List<OutcomeResult> concluded = outcomes(questionnaire, outcomes);
        return new AssessmentResult(null, QuestionnaireRef.of(questionnaire),
                new RuleSetRef(ruleSet.id().questionnaireId(), ruleSet.id().version(), ruleSet.hash()),
                submission.site(), submission.mode(), submission.cycle(), evaluatedAt, overall, sections, actions,
                Readiness.of(concluded), respondents(questionnaire, submission), concluded, agreement.lowBelow());
    }

    /** The ratings of {@code criteria} in {@code outcomes}, each as {@link #ratings} gives it, in questionnaire order. */
    Map<String, Rating> criterionRatings(Questionnaire questionnaire, Outcomes outcomes, Set<String> criteria) {
        Map<String, Rating> found = lowest(outcomes.all(CriterionRating.class), CriterionRating::criterionId,
                CriterionRating::rating);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        questionnaire.criteria().keySet().stream().filter(criteria::contains)
                .forEach(id -> ratings.put(id, found.getOrDefault(id, questionnaire.scale().notRated())));
        return ratings;
    }

    /**
     * The ratings of {@link #assemble} alone (every section, standard and criterion rating, the
     * overall rating and any readiness verdict), without reasons, agreement or actions: what an
     * impact analysis compares, for a fraction of the work. Each rating is worked out exactly as
     * in {@link #assemble}.
     */
    RatingsSnapshot ratings(Questionnaire questionnaire, Submission submission, CompiledRuleSet ruleSet,
                            Outcomes outcomes, Instant evaluatedAt) {
        RatingScale scale = questionnaire.scale();
        Map<String, Rating> criterionRatings = lowest(outcomes.all(CriterionRating.class),
                CriterionRating::criterionId, CriterionRating::rating);
        Map<String, Rating> standardRatings = lowest(outcomes.all(StandardRating.class),
                StandardRating::standardId, StandardRating::rating);
        Map<String, Rating> sectionRatings = lowest(outcomes.all(SectionRating.class),
                SectionRating::sectionId, SectionRating::rating);
        List<RatingsSnapshot.Section> sections = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            List<RatingsSnapshot.Standard> standards = new ArrayList<>();
            for (Standard standard : section.standards()) {
                List<RatingsSnapshot.Criterion> criteria = new ArrayList<>();
                for (Criterion criterion : standard.criteria()) {
                    criteria.add(new RatingsSnapshot.Criterion(criterion.id(),
                            criterionRatings.getOrDefault(criterion.id(), scale.notRated())));
                }
                standards.add(new RatingsSnapshot.Standard(standard.id(), standard.title(),
                        standardRatings.getOrDefault(standard.id(), scale.notRated()), null, criteria));
            }
            sections.add(new RatingsSnapshot.Section(section.id(), section.title(),
                    sectionRatings.getOrDefault(section.id(), scale.notRated()), standards));
        }
        Rating overallRating = outcomes.all(OverallRating.class).stream().map(OverallRating::rating)
                .min(Comparator.comparingInt(Rating::getRank)).orElse(scale.notRated());
        return new RatingsSnapshot(null, QuestionnaireRef.of(questionnaire),
                new RuleSetRef(ruleSet.id().questionnaireId(), ruleSet.id().version(), ruleSet.hash()),
                submission.site(), submission.mode(), submission.cycle(), evaluatedAt, overallRating, sections,
                Readiness.of(outcomes(questionnaire, outcomes)));
    }

    /**
     * The outcomes concluded, in the order the questionnaire declares them; of two values
     * concluded for one outcome, the one declared first stands.
     */
    private static List<OutcomeResult> outcomes(Questionnaire questionnaire, Outcomes outcomes) {
        List<OutcomeResult> concluded = new ArrayList<>();
        for (OutcomeDeclaration declared : questionnaire.outcomes()) {
            outcomes.derived(Outcome.class).stream()
                    .filter(d -> d.fact().name().equals(declared.name()) && declared.indexOf(d.fact().value()) >= 0)
                    .min(Comparator.comparingInt(d -> declared.indexOf(d.fact().value())))
                    .ifPresent(d -> concluded.add(new OutcomeResult(declared.name(), d.fact().value(), d.rule(),
                            factors(outcomes, declared.name(), d.fact().value()))));
        }
        return concluded;
    }

    /**
     * The factors concluded for the value {@code value} of the outcome {@code name}, without
     * repeats: those about named items first, then the counts (factors that start with a digit),
     * each group in alphabetical order so that a result reads the same every time.
     */
    private static List<String> factors(Outcomes outcomes, String name, String value) {
        return outcomes.derived(OutcomeFactor.class).stream().map(Outcomes.Derived::fact)
                .filter(f -> f.name().equals(name) && f.value().equals(value))
                .map(OutcomeFactor::factor).distinct()
                .sorted(Comparator.comparing((String f) -> !f.isEmpty() && Character.isDigit(f.charAt(0)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** If rules overlap and conclude two ratings for one item, the lower one stands. */
    private static <T> Map<String, Rating> lowest(List<T> facts, Function<T, String> id, Function<T, Rating> rating) {
        return facts.stream().collect(Collectors.toMap(id, rating,
                (a, b) -> a.getRank() <= b.getRank() ? a : b));
    }

    private static List<ActionResult> actions(Questionnaire questionnaire, Outcomes outcomes) {
        Map<String, Integer> order = new java.util.HashMap<>();
        questionnaire.standards().keySet().forEach(id -> order.put(id, order.size()));
        questionnaire.criteria().keySet().forEach(id -> order.put(id, order.size()));
        return outcomes.derived(RecommendedAction.class).stream()
                .map(d -> new ActionResult(d.fact().id(), d.fact().targetId(), d.fact().priority(), d.fact().level(),
                        d.fact().text(), d.rule()))
                .distinct()
                .sorted(Comparator.comparing(ActionResult::priority)
                        .thenComparingInt(a -> order.getOrDefault(a.target(), -1))
                        .thenComparing(ActionResult::id))
                .toList();
    }

    /** The actions for each standard: those aimed at the standard or at one of its criteria, in order. */
    private static Map<String, List<ActionResult>> byStandard(Questionnaire questionnaire, List<ActionResult> actions) {
        Map<String, List<ActionResult>> byStandard = new java.util.HashMap<>();
        for (ActionResult action : actions) {
            String standard = questionnaire.standard(action.target()).isPresent() ? action.target()
                    : questionnaire.criterion(action.target()).isPresent()
                    ? questionnaire.standardOf(action.target()).id() : null;
            if (standard != null) {
                byStandard.computeIfAbsent(standard, id -> new ArrayList<>()).add(action);
            }
        }
        return byStandard;
    }

    private static List<RespondentSummary> respondents(Questionnaire questionnaire, Submission submission) {
        List<RespondentSummary> summaries = new ArrayList<>(submission.respondents().size());
        for (Respondent respondent : submission.respondents()) {
            int answered = 0;
            for (Map.Entry<String, AnswerValue> answer : respondent.answers().entrySet()) {
                if (!AnswerChecker.DONT_KNOW.equals(answer.getValue().text())
                        && questionnaire.question(answer.getKey()).map(q -> q.type().isRated()).orElse(false)) {
                    answered++;
                }
            }
            summaries.add(new RespondentSummary(respondent.id(), respondent.role(), answered));
        }
        return summaries;
    }

    /** The not-rated reason for items no rule rated. */
    static Reason noRule(RatingScale scale, String what) {
        return Reason.of("(no rule)", scale.notRated(), "no rule of this rule set rated this " + what);
    }
}
