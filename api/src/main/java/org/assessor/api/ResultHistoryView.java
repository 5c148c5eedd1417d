package org.assessor.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assessor.api.ResultView.RuleSetView;
import org.assessor.app.ResultHistoryService;
import org.assessor.store.AssessmentSummary;
import org.assessor.store.StoredResult;

/**
 * The JSON of {@code GET /api/assessments/{id}/results}: every result the assessment has, the
 * original first.
 *
 * @param assessmentId the assessment
 * @param results      its results, by number
 */
public record ResultHistoryView(String assessmentId, List<Entry> results) {

    /** The view of {@code history}: the original result (number 0), then each re-evaluation. */
    public static ResultHistoryView of(ResultHistoryService.History history) {
        AssessmentSummary s = history.original();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(0, "original", new RuleSetView(s.questionnaireId(), s.ruleSetVersion(),
                s.ruleSetHash()), s.createdAt(), null, s.overallRating()));
        for (StoredResult r : history.reEvaluations()) {
            entries.add(new Entry(r.number(), "re-evaluation", new RuleSetView(s.questionnaireId(),
                    r.ruleSetVersion(), r.ruleSetHash()), r.createdAt(), r.createdBy(), r.overallRating()));
        }
        return new ResultHistoryView(s.id(), entries);
    }

    /**
     * One result.
     *
     * @param number        0 for the original result, then 1, 2, ... for re-evaluations;
     *                      {@code GET /api/assessments/{id}/results/{number}} returns it
     * @param kind          {@code original} or {@code re-evaluation}
     * @param ruleSet       the rule-set version it was rated with
     * @param evaluatedAt   when it was made
     * @param by            who asked for a re-evaluation; absent for the original
     * @param overallRating its overall rating
     */
    public record Entry(int number, String kind, RuleSetView ruleSet, Instant evaluatedAt, String by,
                        String overallRating) {
    }
}
