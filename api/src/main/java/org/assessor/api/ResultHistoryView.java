package org.assessor.api;

import java.time.Instant;
import java.util.List;
import org.assessor.api.ResultView.RuleSetView;

/**
 * The JSON of {@code GET /api/assessments/{id}/results}: every result the assessment has, the
 * original first.
 *
 * @param assessmentId the assessment
 * @param results      its results, by number
 */
public record ResultHistoryView(String assessmentId, List<Entry> results) {

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
