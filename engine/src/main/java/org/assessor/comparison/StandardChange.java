package org.assessor.comparison;

import java.util.OptionalInt;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.core.Rating;

/**
 * How a site's rating of one standard changed from one cycle to the next, within one mode
 * (self-assessments are followed by self-assessments, peer reviews by peer reviews).
 *
 * @param fromAssessment the earlier assessment's id; {@code fromCycle} and {@code from} its cycle and rating
 * @param toAssessment   the later assessment's id; {@code toCycle} and {@code to} its cycle and rating
 */
public record StandardChange(Site site, Mode mode, String standardId, String fromAssessment, String fromCycle,
                             Rating from, String toAssessment, String toCycle, Rating to) {

    /**
     * The change in steps on the scale not-met, partly-met, met: partly-met → met is +1,
     * met → not-met is −2; empty when either rating is not-applicable or not-rated.
     */
    public OptionalInt steps() {
        return Steps.between(from, to);
    }
}
