package org.assessor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON of a round just closed: the round, how many responses it counted, and the stored assessment's result. */
public record ClosedRoundView(RoundView round, int responses, String assessmentId,
                              @Schema(implementation = ResultView.class) JsonNode result) {
}
