package org.assessor.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.core.RatingScale;
import org.assessor.result.AssessmentResult;
import org.assessor.result.OutcomeResult;
import org.assessor.result.Overall;
import org.assessor.result.Placement;
import org.assessor.result.QuestionnaireRef;
import org.assessor.result.Readiness;
import org.assessor.result.RespondentSummary;
import org.assessor.result.RuleSetRef;
import org.assessor.result.Verdict;

/**
 * The JSON of an assessment result, as the API returns and the store keeps it. Field names are
 * the contract of {@code PRODUCT.md}. {@code agreementLowBelow}, the threshold below which the
 * criteria's and standards' {@code agreement} is flagged {@code low}, is present only where
 * agreement between respondents is measured (self-assessments with two or more respondents).
 */
public record ResultView(String id, QuestionnaireView questionnaire, RuleSetView ruleSet, SiteView site, String mode,
                         String cycle, Instant evaluatedAt, OverallView overall, List<SectionView> sections,
                         List<ActionView> actions, ReadinessView readiness, List<RespondentView> respondents,
                         List<OutcomeView> outcomes, Double agreementLowBelow) {

    /** An outcome the rule set concluded besides the ratings (absent when there is none). */
    public record OutcomeView(String name, String value, String rule, List<String> because) {
    }

    /** The questionnaire answered. */
    public record QuestionnaireView(String id, String version, String title) {
    }

    /** The rule-set version used: {@code id} is the questionnaire it rates. */
    public record RuleSetView(String id, String version, String hash) {
    }

    /** The site assessed. */
    public record SiteView(String id, String name) {
    }

    /** The overall rating; {@code counts} counts standard ratings, {@code criterionCounts} criterion ratings. */
    public record OverallView(String rating, Map<String, Integer> counts, Map<String, Integer> criterionCounts,
                              List<ReasonView> reasons) {
    }

    /** The readiness verdict and placement, for readiness questionnaires. */
    public record ReadinessView(String verdict, String placement, String rule) {
    }

    /** A respondent and how many rated questions they answered. */
    public record RespondentView(String id, String role, int answered) {
    }

    /** The view of {@code result}. */
    public static ResultView of(AssessmentResult r) {
        Overall o = r.overall();
        return new ResultView(r.id(),
                new QuestionnaireView(r.questionnaire().id(), r.questionnaire().version(), r.questionnaire().title()),
                new RuleSetView(r.ruleSet().questionnaireId(), r.ruleSet().version(), r.ruleSet().hash()),
                new SiteView(r.site().id(), r.site().name()), r.mode().code(), r.cycle(), r.evaluatedAt(),
                new OverallView(o.rating().code(), RatingCounts.of(o.counts()), RatingCounts.of(o.criterionCounts()),
                        o.reasons().stream().map(ReasonView::of).toList()),
                r.sections().stream().map(SectionView::of).toList(),
                r.actions().stream().map(ActionView::of).toList(),
                r.readiness() == null ? null : new ReadinessView(r.readiness().verdict().code(),
                        r.readiness().placement().code(), r.readiness().rule()),
                r.respondents().stream().map(x -> new RespondentView(x.id(), x.role(), x.answered())).toList(),
                r.outcomes().isEmpty() ? null : r.outcomes().stream()
                        .map(x -> new OutcomeView(x.name(), x.value(), x.rule(),
                                x.because().isEmpty() ? null : x.because())).toList(),
                r.agreementLowBelow());
    }

    /**
     * The domain result this view shows; its ratings are levels of the scale of {@code known}, the
     * questionnaire version as the server knows it.
     */
    public AssessmentResult toDomain(QuestionnaireRef known) {
        RatingScale scale = known.scale();
        return new AssessmentResult(id, new QuestionnaireRef(questionnaire.id(), questionnaire.version(),
                questionnaire.title(), scale, known.outcomes()), new RuleSetRef(ruleSet.id(), ruleSet.version(),
                ruleSet.hash()),
                new Site(site.id(), site.name()), Mode.fromCode(mode).orElseThrow(), cycle, evaluatedAt,
                new Overall(RatingCounts.rating(scale, overall.rating()), RatingCounts.toDomain(scale, overall.counts()),
                        RatingCounts.toDomain(scale, overall.criterionCounts()),
                        overall.reasons().stream().map(x -> x.toDomain(scale)).toList()),
                sections.stream().map(x -> x.toDomain(scale)).toList(),
                actions.stream().map(ActionView::toDomain).toList(),
                readiness == null ? null : new Readiness(Verdict.valueOf(enumName(readiness.verdict())),
                        Placement.valueOf(enumName(readiness.placement())), readiness.rule()),
                respondents.stream().map(x -> new RespondentSummary(x.id(), x.role(), x.answered())).toList(),
                outcomes == null ? List.of() : outcomes.stream()
                        .map(x -> new OutcomeResult(x.name(), x.value(), x.rule(), x.because())).toList(),
                agreementLowBelow);
    }

    static String enumName(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
