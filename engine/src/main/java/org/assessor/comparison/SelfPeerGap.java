package org.assessor.comparison;

import java.util.OptionalInt;
import org.assessor.assessment.Site;
import org.assessor.core.Rating;

/**
 * A site's self-assessed rating of one standard beside its peer-reviewed rating, in one cycle.
 *
 * @param cycle the cycle both were made in; null when neither carried a cycle label
 */
public record SelfPeerGap(Site site, String cycle, String standardId, String selfAssessment, Rating self,
                          String peerAssessment, Rating peer) {

    /**
     * Self minus peer in steps on the scale not-met, partly-met, met: +1 when the site rated
     * itself one step higher than its peer reviewers did; empty when either rating is
     * not-applicable or not-rated.
     */
    public OptionalInt steps() {
        return Steps.between(peer, self);
    }
}
