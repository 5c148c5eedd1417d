package org.assessor.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.Outcomes;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.SessionOutcome;

/**
 * Evaluates submissions: picks the rule set (the one asked for, or the questionnaire's active
 * one), runs it over the submission's facts, and assembles the explained result. Thread-safe.
 */
public final class Evaluator {
    private final QuestionnaireCatalog questionnaires;
    private final RuleSetRegistry ruleSets;
    private final RuleRunner runner;
    private final Clock clock;
    private final SubmissionFacts facts = new SubmissionFacts();
    private final ResultAssembler assembler = new ResultAssembler();

    public Evaluator(QuestionnaireCatalog questionnaires, RuleSetRegistry ruleSets, RuleRunner runner, Clock clock) {
        this.questionnaires = questionnaires;
        this.ruleSets = ruleSets;
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * Evaluates {@code submission} under the rule-set version it names, or else the active one.
     *
     * @throws SubmissionInvalid if it names a rule-set version that does not exist
     */
    public AssessmentResult evaluate(Submission submission) {
        return evaluate(submission, ruleSetFor(submission));
    }

    /** Evaluates {@code submission}, already checked, under {@code ruleSet}. */
    public AssessmentResult evaluate(Submission submission, CompiledRuleSet ruleSet) {
        Questionnaire questionnaire = ratedBy(submission, ruleSet);
        Outcomes outcomes = runner.run(ruleSet, facts.of(questionnaire, submission));
        return assembler.assemble(questionnaire, submission, ruleSet, outcomes, clock.instant());
    }

    /**
     * The input facts that {@link #evaluate(Submission, CompiledRuleSet)} gives the session of
     * {@code ruleSet} for {@code submission}, already checked: the questionnaire's scale and
     * structure, the submission, its respondents and rated answers, or its peer ratings. A new,
     * modifiable list each call; for tools that study a session (the benchmarks' anatomy of one).
     *
     * @throws IllegalArgumentException if the rule set is of another questionnaire
     * @throws SubmissionInvalid        if it rates another version than the submission answers
     */
    public List<Object> facts(Submission submission, CompiledRuleSet ruleSet) {
        return facts.of(ratedBy(submission, ruleSet), submission);
    }

    /**
     * The ratings alone of {@code submission}, already checked, under {@code ruleSet}: the same
     * ratings {@link #evaluate(Submission, CompiledRuleSet)} gives, without building reasons,
     * agreement or actions (for impact analysis, which compares ratings only).
     */
    public RatingsSnapshot ratings(Submission submission, CompiledRuleSet ruleSet) {
        Questionnaire questionnaire = ratedBy(submission, ruleSet);
        Outcomes outcomes = runner.run(ruleSet, facts.of(questionnaire, submission));
        return assembler.ratings(questionnaire, submission, ruleSet, outcomes, clock.instant());
    }

    /**
     * The ratings of {@code criteria} alone for {@code submission}, already checked, under
     * {@code ruleSet}: only the facts that bear on them are evaluated (those criteria, the answers
     * to their questions, the respondents and the peer ratings of them; no standards, so nothing is
     * rolled up), so it costs about a tenth of a full evaluation. Under a rule set that keeps to
     * the shared rating layers' contract ({@link org.assessor.rules.ChangedCriteria}) each rating
     * is the one a full evaluation gives; criteria of no rating are {@code not-rated}. For impact
     * analysis.
     */
    public Map<String, Rating> criterionRatings(Submission submission, CompiledRuleSet ruleSet, Set<String> criteria) {
        return criterionRatings(List.of(submission), ruleSet, criteria).get(0).orThrow();
    }

    /**
     * {@link #criterionRatings(Submission, CompiledRuleSet, Set)} of each of {@code submissions},
     * their sessions run one after another in one hand-over to the runner
     * ({@link RuleRunner#runEach}), which for sessions this small costs as much as a session.
     * Element {@code i} holds the ratings of submission {@code i}, or why its session was aborted.
     *
     * @throws IllegalArgumentException if the rule set is of another questionnaire than one of them
     * @throws SubmissionInvalid        if it rates another version than one of them answers
     * @throws EvaluationAborted        if a session overran its hard stop
     */
    public List<BatchRatings> criterionRatings(List<Submission> submissions, CompiledRuleSet ruleSet,
                                               Set<String> criteria) {
        List<Questionnaire> rated = new ArrayList<>(submissions.size());
        List<List<Object>> factLists = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            Questionnaire questionnaire = ratedBy(submission, ruleSet);
            rated.add(questionnaire);
            factLists.add(facts.of(questionnaire, submission, criteria));
        }
        List<SessionOutcome> ran = runner.runEach(ruleSet, factLists);
        List<BatchRatings> ratings = new ArrayList<>(ran.size());
        for (int i = 0; i < ran.size(); i++) {
            SessionOutcome outcome = ran.get(i);
            ratings.add(outcome.aborted() != null ? new BatchRatings(null, outcome.aborted())
                    : new BatchRatings(assembler.criterionRatings(rated.get(i), outcome.concluded(), criteria), null));
        }
        return ratings;
    }

    /**
     * The questionnaire {@code submission} answers, which {@code ruleSet} must rate.
     *
     * @throws IllegalArgumentException if the rule set is of another questionnaire
     * @throws SubmissionInvalid        if it rates another version of it
     */
    private Questionnaire ratedBy(Submission submission, CompiledRuleSet ruleSet) {
        if (!ruleSet.id().questionnaireId().equals(submission.questionnaireId())) {
            throw new IllegalArgumentException("rule set " + ruleSet + " does not rate " + submission.questionnaireId());
        }
        String rates = ruleSet.source().manifest().questionnaireVersion();
        if (!rates.equals(submission.questionnaireVersion())) {
            throw new SubmissionInvalid(List.of(new FieldError("/questionnaireVersion", "rule-set version "
                    + ruleSet.id().version() + " rates answers to questionnaire " + submission.questionnaireId()
                    + " version " + rates + ", and these answer version " + submission.questionnaireVersion()
                    + "; give \"questionnaireVersion\": \"" + rates + "\" or leave it out")));
        }
        return questionnaires.get(submission.questionnaireId(), submission.questionnaireVersion());
    }

    /** The rule set {@code submission} would be evaluated under. */
    public CompiledRuleSet ruleSetFor(Submission submission) {
        if (submission.ruleSetVersion() == null) {
            return ruleSets.active(submission.questionnaireId());
        }
        RuleSetId id = new RuleSetId(submission.questionnaireId(), submission.ruleSetVersion());
        return ruleSets.find(id).orElseThrow(() -> new SubmissionInvalid(List.of(new FieldError("/ruleSetVersion",
                "questionnaire " + submission.questionnaireId() + " has no rule-set version '"
                        + submission.ruleSetVersion() + "'"))));
    }
}
