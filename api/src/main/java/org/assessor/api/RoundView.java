package org.assessor.api;

import java.time.Instant;
import java.util.Map;
import org.assessor.api.ResultView.QuestionnaireView;
import org.assessor.api.ResultView.SiteView;
import org.assessor.round.Round;

/**
 * The JSON of a collection round: what it collects, where it stands, and, once closed, the
 * assessment it was closed into.
 */
public record RoundView(String id, String status, SiteView site, QuestionnaireView questionnaire,
                        String ruleSetVersion, String cycle, Instant opensAt, Instant closesAt,
                        Map<String, Integer> expected, boolean anonymous, int minGroup, boolean prefill,
                        String createdBy, Instant createdAt, Instant closedAt, String closedBy, String assessmentId) {

    /** The view of {@code round}, which stands at {@code status}. */
    public static RoundView of(Round round, Round.Status status) {
        var s = round.spec();
        return new RoundView(round.id(), status.code(), new SiteView(s.siteId(), s.siteName()),
                new QuestionnaireView(s.questionnaireId(), s.questionnaireVersion(), null), s.ruleSetVersion(),
                s.cycle(), s.opensAt(), s.closesAt(), s.expected(), s.anonymous(), s.minGroup(), s.prefill(),
                round.createdBy(), round.createdAt(), round.closedAt(), round.closedBy(), round.assessmentId());
    }
}
