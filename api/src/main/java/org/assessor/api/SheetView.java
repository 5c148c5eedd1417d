package org.assessor.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.round.Sheet;

/**
 * What a respondent's link shows: the round (whose site, which questionnaire, until when, whether
 * anonymous), the role they answer in, their answers so far, whether submitted, and the questions
 * still to answer before they can submit. For an open link, {@code kind} is {@code open} and
 * there are no answers: POST {@code .../start} for a personal link.
 */
public record SheetView(String roundId, String site, String questionnaireId, String questionnaireVersion,
                        String cycle, Instant closesAt, boolean anonymous, String kind, String role, String status,
                        boolean submitted, int revision,
                        @Schema(description = "question id → answer, as saved") Map<String, Object> answers,
                        List<String> missing) {

    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() { };

    public static SheetView of(Sheet s) {
        var spec = s.round().spec();
        return new SheetView(s.round().id(), spec.siteName(), spec.questionnaireId(), spec.questionnaireVersion(),
                spec.cycle(), spec.closesAt(), spec.anonymous(), s.invitation().kind().code(), s.invitation().role(),
                s.invitation().status().code(), s.submitted(), s.revision(), ApiJson.mapper().convertValue(s.answers(), ANSWERS), s.missing());
    }
}
