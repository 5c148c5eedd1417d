package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.Ids;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.rules.fact.Rating;

/**
 * Reads a submission document (a JSON tree) and checks it against the questionnaire it names,
 * in one pass, collecting every error with a JSON pointer to the field at fault: unknown or
 * misspelt fields, wrong JSON types, unknown questionnaire, questions or criteria, and answers
 * of the wrong type or out of range. Thread-safe.
 */
public final class SubmissionReader {
    /** The most respondents one submission may have. */
    public static final int MAX_RESPONDENTS = 100;
    private static final int MAX_NAME = 200;
    private static final Set<String> FIELDS = Set.of("questionnaireId", "questionnaireVersion", "site", "mode",
            "cycle", "respondents", "answers", "ratings", "ruleSetVersion");

    private final QuestionnaireCatalog questionnaires;

    public SubmissionReader(QuestionnaireCatalog questionnaires) {
        this.questionnaires = questionnaires;
    }

    /**
     * The submission in {@code document}.
     *
     * @throws SubmissionInvalid listing every error found
     */
    public Submission read(JsonNode document) {
        Errors errors = new Errors();
        if (!document.isObject()) {
            errors.add("", "expected a JSON object with questionnaireId, site and respondents (or answers, or ratings)");
            throw errors.failure();
        }
        errors.unknownFields(document, "", FIELDS);
        Questionnaire questionnaire = questionnaire(document, errors);
        String version = errors.optionalId(document, "/questionnaireVersion");
        Site site = site(document.get("site"), errors);
        Mode mode = mode(document.get("mode"), errors);
        String cycle = errors.optionalId(document, "/cycle");
        String ruleSetVersion = errors.optionalId(document, "/ruleSetVersion");
        if (questionnaire != null && version != null) {
            try {
                questionnaire = questionnaires.get(questionnaire.id(), version);
            } catch (NoSuchQuestionnaire e) {
                errors.add("/questionnaireVersion", e.getMessage());
            }
        }
        AnswerChecker answers = questionnaire == null ? null : new AnswerChecker(questionnaire, errors);
        List<Respondent> respondents = List.of();
        Map<String, Rating> ratings = Map.of();
        if (mode == Mode.PEER) {
            refuse(document, errors, "respondents", "a peer review gives ratings, not respondents");
            refuse(document, errors, "answers", "a peer review gives ratings, not answers");
            ratings = ratings(document.get("ratings"), questionnaire, errors);
        } else {
            refuse(document, errors, "ratings", "ratings are given only with \"mode\": \"peer\"");
            respondents = respondents(document, answers, errors);
        }
        if (errors.any()) {
            throw errors.failure();
        }
        return new Submission(questionnaire.id(), questionnaire.version(), site, mode, cycle, respondents, ratings,
                ruleSetVersion);
    }

    private Questionnaire questionnaire(JsonNode document, Errors errors) {
        JsonNode id = document.get("questionnaireId");
        if (id == null || id.isNull()) {
            errors.add("/questionnaireId", "is required; one of " + questionnaires.ids());
            return null;
        }
        if (!id.isTextual()) {
            errors.add("/questionnaireId", "expected a string; one of " + questionnaires.ids());
            return null;
        }
        if (!questionnaires.contains(id.asText())) {
            errors.add("/questionnaireId", "unknown questionnaire '" + Errors.quote(id.asText()) + "'; one of "
                    + questionnaires.ids());
            return null;
        }
        return questionnaires.latest(id.asText());
    }

    private static Site site(JsonNode site, Errors errors) {
        if (site == null || site.isNull()) {
            errors.add("/site", "is required: {\"id\": \"...\", \"name\": \"...\"}");
            return null;
        }
        if (!site.isObject()) {
            errors.add("/site", "expected an object with id and name");
            return null;
        }
        errors.unknownFields(site, "/site", Set.of("id", "name"));
        String id = errors.requiredId(site, "/site/id");
        String name = errors.optionalText(site, "/site/name", MAX_NAME);
        return new Site(id, name == null ? id : name);
    }

    private static Mode mode(JsonNode mode, Errors errors) {
        if (mode == null || mode.isNull()) {
            return Mode.SELF;
        }
        Mode parsed = mode.isTextual() ? Mode.fromCode(mode.asText()).orElse(null) : null;
        if (parsed == null) {
            errors.add("/mode", "expected \"self\" or \"peer\"");
            return Mode.SELF;
        }
        return parsed;
    }

    private static void refuse(JsonNode document, Errors errors, String field, String why) {
        if (document.has(field) && !document.get(field).isNull()) {
            errors.add("/" + field, why);
        }
    }

    private static List<Respondent> respondents(JsonNode document, AnswerChecker answers, Errors errors) {
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

    private static Map<String, Rating> ratings(JsonNode given, Questionnaire questionnaire, Errors errors) {
        if (given == null || given.isNull() || !given.isObject() || given.isEmpty()) {
            errors.add("/ratings", "a peer review needs ratings: an object of criterion id → met, partly-met, "
                    + "not-met, not-applicable or not-rated");
            return Map.of();
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = "/ratings/" + Errors.escape(field.getKey());
            if (questionnaire != null && questionnaire.criterion(field.getKey()).isEmpty()) {
                errors.add(pointer, "unknown criterion; questionnaire " + questionnaire.id() + " "
                        + questionnaire.version() + " has no criterion '" + Errors.quote(field.getKey()) + "'");
                continue;
            }
            Rating rating = field.getValue().isTextual() ? Rating.fromCode(field.getValue().asText()).orElse(null) : null;
            if (rating == null) {
                errors.add(pointer, "expected one of met, partly-met, not-met, not-applicable, not-rated");
                continue;
            }
            ratings.put(field.getKey(), rating);
        }
        return ratings;
    }
}
