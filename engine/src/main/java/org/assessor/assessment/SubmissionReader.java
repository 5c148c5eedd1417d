package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assessor.core.Rating;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;

/**
 * Reads a submission document (a JSON tree) and checks it against the questionnaire it names,
 * in one pass, collecting every error with a JSON pointer to the field at fault: unknown or
 * misspelt fields, wrong JSON types, unknown questionnaire, questions or criteria, and answers
 * of the wrong type or out of range. Thread-safe.
 */
public final class SubmissionReader {
    /** The most respondents one submission may have. */
    public static final int MAX_RESPONDENTS = ResponsesReader.MAX_RESPONDENTS;
    private static final int MAX_NAME = 200;
    private static final Set<String> FIELDS = Set.of("questionnaireId", "questionnaireVersion", "site", "mode",
            "cycle", "respondents", "answers", "ratings", "ruleSetVersion");

    private final QuestionnaireCatalog questionnaires;
    private final VersionChooser versions;

    /**
     * Which version of a questionnaire a submission that names none answers: the one the rule-set
     * version it will be rated under was written for ({@code ruleSetVersion}, or the active one
     * when null). Empty when that is not known; the latest version is then taken.
     */
    @FunctionalInterface
    public interface VersionChooser {
        Optional<String> questionnaireVersion(String questionnaireId, String ruleSetVersion);
    }

    /** A reader that takes the latest questionnaire version for a submission that names none. */
    public SubmissionReader(QuestionnaireCatalog questionnaires) {
        this(questionnaires, (id, ruleSetVersion) -> Optional.empty());
    }

    /** A reader that asks {@code versions} which questionnaire version a submission that names none answers. */
    public SubmissionReader(QuestionnaireCatalog questionnaires, VersionChooser versions) {
        this.questionnaires = questionnaires;
        this.versions = versions;
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
        if (questionnaire != null && version == null) {
            String id = questionnaire.id();
            version = versions.questionnaireVersion(id, ruleSetVersion)
                    .filter(v -> questionnaires.contains(id, v)).orElse(null);
        }
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
            ratings = ResponsesReader.ratings(document.get("ratings"), questionnaire, errors);
        } else {
            refuse(document, errors, "ratings", "ratings are given only with \"mode\": \"peer\"");
            respondents = ResponsesReader.respondents(document, answers, errors);
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
}
