package org.assessor.round;

import java.time.Instant;
import java.util.Map;

/**
 * A request for a round, as read from the API: what {@link RoundSpec} needs except the
 * questionnaire and rule-set versions, which are fixed (the latest and the active one) when the
 * round is made. {@code opensAt} null means now; {@code minGroup} null means the default.
 */
public record NewRound(String siteId, String siteName, String questionnaireId, String cycle, Instant opensAt,
                       Instant closesAt, Map<String, Integer> expected, boolean anonymous, Integer minGroup,
                       boolean prefill) {
}
