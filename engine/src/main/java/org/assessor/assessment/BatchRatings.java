package org.assessor.assessment;

import java.util.Map;
import org.assessor.core.Rating;
import org.assessor.rules.EvaluationAborted;

/**
 * The ratings of some criteria for one submission of a batch
 * ({@link Evaluator#criterionRatings(java.util.List, org.assessor.rules.CompiledRuleSet, java.util.Set)}),
 * or why its session was aborted.
 *
 * @param ratings by criterion id; null if the session was aborted
 * @param aborted why the session was aborted; null if it ran to the end
 */
public record BatchRatings(Map<String, Rating> ratings, EvaluationAborted aborted) {
    /**
     * The ratings.
     *
     * @throws EvaluationAborted if the session was aborted
     */
    public Map<String, Rating> orThrow() {
        if (aborted != null) {
            throw aborted;
        }
        return ratings;
    }
}
