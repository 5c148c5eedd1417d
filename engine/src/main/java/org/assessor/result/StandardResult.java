package org.assessor.result;

import java.util.List;
import org.assessor.core.Rating;

/**
 * The rating of one standard, its criteria, the reasons for the roll-up (including any cap by
 * a critical criterion), and the actions recommended for it or its criteria.
 */
public record StandardResult(String id, String title, Rating rating, List<CriterionResult> criteria,
                             List<Reason> reasons, List<ActionResult> actions) {

    public StandardResult {
        criteria = List.copyOf(criteria);
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
    }
}
