package org.assessor.result;

import java.util.List;
import org.assessor.core.Rating;

/** The rating of one section and of its standards. */
public record SectionResult(String id, String title, Rating rating, List<StandardResult> standards,
                            List<Reason> reasons) {

    public SectionResult {
        standards = List.copyOf(standards);
        reasons = List.copyOf(reasons);
    }
}
