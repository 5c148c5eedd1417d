package org.assessor.result;

import java.util.List;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.Rating;

/**
 * The rating of one standard, its criteria, the reasons for the roll-up (including any cap by
 * a critical criterion), and the actions recommended for it or its criteria.
 *
 * @param agreement how far the respondents agree on its criteria, on average; null where
 *                  agreement is not measured or no criterion was rated by two respondents
 */
public record StandardResult(String id, String title, Rating rating, StandardAgreement agreement,
                             List<CriterionResult> criteria, List<Reason> reasons, List<ActionResult> actions) {

    public StandardResult {
        criteria = List.copyOf(criteria);
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
    }
}
