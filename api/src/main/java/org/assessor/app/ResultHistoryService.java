package org.assessor.app;

import java.time.Clock;
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentStore;
import org.assessor.store.AssessmentSummary;
import org.assessor.store.AuditAction;
import org.assessor.store.AuditEntry;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.NoSuchResult;
import org.assessor.store.ResultHistory;
import org.assessor.store.StoredAssessment;
import org.assessor.store.StoredResult;

/**
 * The results of a stored assessment over time: its original result (number 0) is never
 * changed; re-evaluating its submission under a rule-set version adds result 1, 2, ...; any two
 * can be compared. Thread-safe.
 */
public final class ResultHistoryService {
    private final Engine engine;
    private final RuleSetService ruleSets;
    private final AssessmentStore assessments;
    private final ResultHistory history;
    private final Clock clock;

    public ResultHistoryService(Engine engine, RuleSetService ruleSets, AssessmentStore assessments,
                                ResultHistory history, Clock clock) {
        this.engine = engine;
        this.ruleSets = ruleSets;
        this.assessments = assessments;
        this.history = history;
        this.clock = clock;
    }

    /** A result just added: its number and its JSON. */
    public record Added(int number, byte[] resultJson) {
    }

    /**
     * The results of an assessment.
     *
     * @param original      the assessment, whose summary describes its original result (number 0)
     * @param reEvaluations every result added since, by number
     */
    public record History(AssessmentSummary original, List<StoredResult> reEvaluations) {
    }

    /** Two results of assessment {@code assessmentId}, by number, to put side by side. */
    public record ResultPair(String assessmentId, int fromNumber, AssessmentResult from, int toNumber,
                             AssessmentResult to) {
    }

    /**
     * Re-evaluates the stored submission of assessment {@code id} under rule-set version
     * {@code version} (null: the active one) and adds the result, recording who asked.
     *
     * @throws NoSuchAssessment                 if there is no such assessment
     * @throws org.assessor.rules.NoSuchRuleSet if its questionnaire has no such version
     * @throws RuleSetConflict                  if that version rates another questionnaire version
     */
    public Added reEvaluate(Caller caller, String id, String version) {
        StoredAssessment stored = find(id);
        AssessmentSummary summary = stored.summary();
        CompiledRuleSet ruleSet = version == null ? ruleSets.active(summary.questionnaireId())
                : ruleSets.compiled(new RuleSetId(summary.questionnaireId(), version));
        String rates = ruleSet.source().manifest().questionnaireVersion();
        if (!rates.equals(summary.questionnaireVersion())) {
            throw new RuleSetConflict("rule set " + ruleSet.id() + " rates questionnaire version " + rates
                    + ", but assessment " + id + " answered version " + summary.questionnaireVersion());
        }
        AssessmentResult result = engine.evaluator().evaluate(StoredSubmissions.read(engine.reader(),
                stored.submissionJson(), summary.questionnaireVersion()), ruleSet).withId(id);
        StoredResult added = history.add(id, result, caller.id(), AuditEntry.of(clock.instant(), caller.id(),
                AuditAction.RE_EVALUATE, ruleSet.id().questionnaireId(), ruleSet.id().version(), ruleSet.hash())
                .withAssessment(id));
        return new Added(added.number(), added.resultBytes());
    }

    /**
     * Every result of assessment {@code id}: the original first, then the re-evaluations by number.
     *
     * @throws NoSuchAssessment if there is no such assessment
     */
    public History results(String id) {
        return new History(find(id).summary(), history.list(id));
    }

    /**
     * Result {@code number} of assessment {@code id}, byte for byte as it was returned when made.
     *
     * @throws NoSuchAssessment if there is no such assessment
     * @throws NoSuchResult     if it has no such result
     */
    public byte[] result(String id, int number) {
        StoredAssessment stored = find(id);
        if (number == 0) {
            return stored.resultBytes();
        }
        return history.find(id, number).orElseThrow(() -> new NoSuchResult(id, number)).resultBytes();
    }

    /**
     * Results {@code from} and {@code to} of assessment {@code id} side by side; null {@code from}
     * is the original, null {@code to} the latest.
     *
     * @throws NoSuchAssessment if there is no such assessment
     * @throws NoSuchResult     if it has no such result
     */
    public ResultPair compare(String id, Integer from, Integer to) {
        int fromNumber = from == null ? 0 : from;
        int toNumber = to != null ? to : history.list(id).stream().mapToInt(StoredResult::number).max().orElse(0);
        StoredAssessment stored = find(id);
        return new ResultPair(id, fromNumber, read(stored, fromNumber), toNumber, read(stored, toNumber));
    }

    private AssessmentResult read(StoredAssessment stored, int number) {
        if (number == 0) {
            return assessments.result(stored);
        }
        return history.result(history.find(stored.id(), number)
                .orElseThrow(() -> new NoSuchResult(stored.id(), number)));
    }

    private StoredAssessment find(String id) {
        if (!AssessmentIds.isWellFormed(id)) {
            throw new NoSuchAssessment(id);
        }
        return assessments.find(id).orElseThrow(() -> new NoSuchAssessment(id));
    }
}
