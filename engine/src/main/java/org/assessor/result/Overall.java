package org.assessor.result;

import java.util.List;
import org.assessor.core.Rating;

/**
 * The overall rating, the counts of standard ratings it rests on, the counts of criterion
 * ratings, and the reasons.
 */
public record Overall(Rating rating, Counts counts, Counts criterionCounts, List<Reason> reasons) {

    public Overall {
        reasons = List.copyOf(reasons);
    }
}
