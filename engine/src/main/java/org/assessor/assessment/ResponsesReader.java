package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Questionnaire;

/**
 * Reads the responses of a submission for {@link SubmissionReader}: the respondents and their
 * answers of a self-assessment (or the one respondent of the {@code answers} shorthand), or the
 * criterion ratings of a peer review, recording every error with its JSON pointer.
 */
final class ResponsesReader {
    /** The most respondents one submission may have. */
    static final int MAX_RESPONDENTS = 100;

    private ResponsesReader() {
    }

    static List<Respondent> respondents(JsonNode document, AnswerChecker answers, Errors errors) {
        JsonNode list = document.get("respondents");
        JsonNode shorthand = document.get("answers");
        boolean hasList = list != null && !list.isNull();
        boolean hasShorthand = shorthand != null && !shorthand.isNull();
        if (hasList && hasShorthand) {
            errors.add("/answers", "give either answers (one respondent) or respondents, not both");
            return List.of();
        }
        if (hasShorthand) {
            return List.of(new Respondent("r1", "other", answers(shorthand, "/answers", answers, errors)));
        }
        if (!hasList) {
            errors.add("/respondents", "is required: give respondents (each with role and answers), or answers");
            return List.of();
        }
        if (!list.isArray() || list.isEmpty()) {
            errors.add("/respondents", "expected a non-empty array of {\"role\": ..., \"answers\": {...}}");
            return List.of();
        }
        if (list.size() > MAX_RESPONDENTS) {
            errors.add("/respondents", "at most " + MAX_RESPONDENTS + " respondents per submission");
            return List.of();
        }
        List<Respondent> respondents = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/respondents/" + i;
            JsonNode r = list.get(i);
            if (!r.isObject()) {
                errors.add(at, "expected an object with role and answers");
                continue;
            }
            errors.unknownFields(r, at, Set.of("id", "role", "answers"));
            String id = errors.optionalId(r, at + "/id");
            id = id == null ? "r" + (i + 1) : id;
            if (!ids.add(id)) {
                errors.add(at + "/id", "respondent id '" + id + "' is used twice");
            }
            String role = errors.requiredText(r, at + "/role", 64);
            if (role != null && !Roles.isKnown(role)) {
                errors.add(at + "/role", "unknown role '" + Errors.quote(role) + "'; one of " + Roles.ALL);
            }
            JsonNode given = r.get("answers");
            if (given == null || given.isNull()) {
                errors.add(at + "/answers", "is required (an object of question id → answer)");
                continue;
            }
            respondents.add(new Respondent(id, role, answers(given, at + "/answers", answers, errors)));
        }
        return respondents;
    }

    private static Map<String, AnswerValue> answers(JsonNode given, String at, AnswerChecker checker, Errors errors) {
        if (!given.isObject()) {
            errors.add(at, "expected an object of question id → answer");
            return Map.of();
        }
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = at + "/" + Errors.escape(field.getKey());
            if (checker != null) {
                AnswerValue value = checker.check(field.getKey(), field.getValue(), pointer);
                if (value != null) {
                    answers.put(field.getKey(), value);
                }
            }
        }
        return answers;
    }

    static Map<String, Rating> ratings(JsonNode given, Questionnaire questionnaire, Errors errors) {
        if (given == null || given.isNull() || !given.isObject() || given.isEmpty()) {
            RatingScale scale = questionnaire == null ? RatingScale.MET_SCALE : questionnaire.scale();
            errors.add("/ratings", "a peer review needs ratings: an object of criterion id → "
                    + String.join(", ", scale.levels().stream().map(RatingScale.Level::code).toList()));
            return Map.of();
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = "/ratings/" + Errors.escape(field.getKey());
            if (questionnaire != null && questionnaire.criterion(field.getKey()).isEmpty()) {
                boolean standard = questionnaire.standard(field.getKey()).isPresent();
                if (standard && !questionnaire.peerRatesStandards()) {
                    errors.add(pointer, "questionnaire " + questionnaire.id() + " " + questionnaire.version()
                            + " rates standards from their criteria only; give the ratings of the criteria of '"
                            + Errors.quote(field.getKey()) + "' instead");
                    continue;
                }
                if (!standard) {
                    errors.add(pointer, "unknown criterion; questionnaire " + questionnaire.id() + " "
                            + questionnaire.version() + " has no criterion '" + Errors.quote(field.getKey()) + "'"
                            + (questionnaire.peerRatesStandards() ? " and no standard of that id" : ""));
                    continue;
                }
            }
            RatingScale scale = questionnaire == null ? RatingScale.MET_SCALE : questionnaire.scale();
            Rating rating = field.getValue().isTextual() ? scale.find(field.getValue().asText()).orElse(null) : null;
            if (rating == null) {
                errors.add(pointer, "expected one of " + String.join(", ", scale.levels().stream()
                        .map(RatingScale.Level::code).toList()));
                continue;
            }
            ratings.put(field.getKey(), rating);
        }
        return ratings;
    }
}
