package org.assessor.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.assessor.round.Sheet;

/**
 * What a respondent's link shows: the round (whose site, which questionnaire, until when, whether
 * anonymous), the role they answer in, their answers so far, whether submitted, and the questions
 * still to answer before they can submit. For an open link, {@code kind} is {@code open} and
 * there are no answers: POST {@code .../start} for a personal link.
 */
public record SheetView(String roundId, String site, String questionnaireId, String questionnaireVersion,
                        String cycle, Instant closesAt, boolean anonymous, String kind, String role, String status,
                        boolean submitted, int revision, ObjectNode answers, List<String> missing) {

    public static SheetView of(Sheet s) {
        var spec = s.round().spec();
        return new SheetView(s.round().id(), spec.siteName(), spec.questionnaireId(), spec.questionnaireVersion(),
                spec.cycle(), spec.closesAt(), spec.anonymous(), s.invitation().kind().code(), s.invitation().role(),
                s.invitation().status().code(), s.submitted(), s.revision(), s.answers(), s.missing());
    }
}
