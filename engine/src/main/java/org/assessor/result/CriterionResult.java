package org.assessor.result;

import java.util.List;
import org.assessor.agreement.Agreement;
import org.assessor.core.Rating;

/**
 * The rating of one criterion.
 *
 * @param critical     whether the rule set treats it as critical to its standard
 * @param disagreement whether respondents disagreed sharply (one met, another not-met)
 * @param agreement    how far the respondents agree: the spread of their ratings, the agreement
 *                     index and each role group's rating; null where agreement is not measured
 *                     (peer reviews, a single respondent)
 * @param respondents  each respondent's own rating, in self-assessments with answers
 * @param reasons      the rules that fired, from the respondents' ratings to the consolidation
 */
public record CriterionResult(String id, String title, Rating rating, boolean critical, boolean disagreement,
                              Agreement agreement, List<RespondentRatingView> respondents, List<Reason> reasons) {

    public CriterionResult {
        respondents = List.copyOf(respondents);
        reasons = List.copyOf(reasons);
    }
}
