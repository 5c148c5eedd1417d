package org.assessor.result;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;

/**
 * The explained, versioned rating of one submission: every section, standard and criterion
 * rated with reasons, the actions recommended by priority, and for readiness questionnaires the
 * verdict and placement. Immutable.
 *
 * @param id        the stored assessment's id; null for evaluations that are not stored
 * @param readiness present only for readiness rule sets
 * @param agreementLowBelow the threshold below which agreement between respondents was flagged
 *                  low (the rule set's {@code agreement low below}); null where agreement is not
 *                  measured (peer reviews, a single respondent)
 */
public record AssessmentResult(String id, QuestionnaireRef questionnaire, RuleSetRef ruleSet, Site site, Mode mode,
                               String cycle, Instant evaluatedAt, Overall overall, List<SectionResult> sections,
                               List<ActionResult> actions, Readiness readiness, List<RespondentSummary> respondents,
                               List<OutcomeResult> outcomes, Double agreementLowBelow) {

    public AssessmentResult {
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
        respondents = List.copyOf(respondents);
        outcomes = List.copyOf(outcomes);
    }

    /** This result with the stored assessment id {@code id}. */
    public AssessmentResult withId(String id) {
        return new AssessmentResult(id, questionnaire, ruleSet, site, mode, cycle, evaluatedAt, overall, sections,
                actions, readiness, respondents, outcomes, agreementLowBelow);
    }

    /** Every standard, in questionnaire order. */
    public List<StandardResult> standards() {
        return sections.stream().flatMap(s -> s.standards().stream()).toList();
    }

    /** The standard with id {@code standardId}, if rated. */
    public Optional<StandardResult> standard(String standardId) {
        return standards().stream().filter(s -> s.id().equals(standardId)).findFirst();
    }

    /** The standards whose respondents agree less than the threshold, in questionnaire order. */
    public List<StandardResult> lowAgreement() {
        return standards().stream().filter(s -> s.agreement() != null && s.agreement().low()).toList();
    }

    /** The criterion with id {@code criterionId}, if rated. */
    public Optional<CriterionResult> criterion(String criterionId) {
        return standards().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.id().equals(criterionId)).findFirst();
    }
}
