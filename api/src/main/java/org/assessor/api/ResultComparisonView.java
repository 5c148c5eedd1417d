package org.assessor.api;

import java.time.Instant;
import java.util.List;
import org.assessor.api.ResultView.RuleSetView;
import org.assessor.app.ResultHistoryService;

/**
 * The JSON of {@code GET /api/assessments/{id}/results/compare}: two results of one assessment
 * side by side, every standard and criterion with its rating in each and whether it changed.
 *
 * @param assessmentId the assessment
 * @param from         the earlier result compared
 * @param to           the later result compared
 * @param overall      the overall rating in each
 * @param readiness    the readiness verdict and placement in each; absent for questionnaires without one
 * @param standards    every standard, in questionnaire order, with its criteria
 * @param changed      how many standards and criteria changed rating
 */
public record ResultComparisonView(String assessmentId, Side from, Side to, Change overall, Readiness readiness,
                                   List<StandardRow> standards, Changed changed) {

    /** The view of {@code pair}: its two results side by side. */
    public static ResultComparisonView of(ResultHistoryService.ResultPair pair) {
        return ResultComparer.compare(pair.assessmentId(), pair.fromNumber(), ResultView.of(pair.from()),
                pair.toNumber(), ResultView.of(pair.to()));
    }

    /** One of the results compared. */
    public record Side(int number, RuleSetView ruleSet, Instant evaluatedAt) {
    }

    /** A value in each result. */
    public record Change(String from, String to, boolean changed) {
    }

    /** The readiness verdict and placement in each result. */
    public record Readiness(Change verdict, Change placement) {
    }

    /** A standard's rating in each result, and its criteria's. */
    public record StandardRow(String id, String title, String from, String to, boolean changed,
                              List<CriterionRow> criteria) {
    }

    /** A criterion's rating in each result. */
    public record CriterionRow(String id, String title, String from, String to, boolean changed) {
    }

    /** How many standards and criteria changed. */
    public record Changed(long standards, long criteria) {
    }
}
