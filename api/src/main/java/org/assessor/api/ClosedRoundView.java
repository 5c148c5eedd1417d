package org.assessor.api;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON of a round just closed: the round, how many responses it counted, and the stored assessment's result. */
public record ClosedRoundView(RoundView round, int responses, String assessmentId, JsonNode result) {
}
