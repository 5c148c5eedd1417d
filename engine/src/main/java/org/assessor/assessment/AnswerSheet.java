package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;

/**
 * One respondent's answers taken a few at a time, as a collection round saves them: each answer
 * is checked exactly as in a whole submission (same messages), a missing answer is not an error,
 * and JSON {@code null} clears an answer. Completeness is a separate question, asked before a
 * response is submitted. Stateless and thread-safe.
 */
public final class AnswerSheet {
    private AnswerSheet() {
    }

    /**
     * Checks the answers in {@code answers} (an object of question id → answer, where
     * {@code null} clears one) against {@code questionnaire}, reporting each wrong one at
     * {@code /answers/<question id>}.
     *
     * @throws SubmissionInvalid listing every wrong answer, or the object itself if it is not one
     */
    public static void check(Questionnaire questionnaire, JsonNode answers) {
        Errors errors = new Errors();
        if (answers == null || !answers.isObject()) {
            errors.add("/answers", "expected an object of question id → answer (null clears an answer)");
            throw errors.failure();
        }
        AnswerChecker checker = new AnswerChecker(questionnaire, errors);
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            checker.check(field.getKey(), field.getValue(), "/answers/" + Errors.escape(field.getKey()));
        }
        if (errors.any()) {
            throw errors.failure();
        }
    }

    /**
     * The questions of {@code questionnaire} that still need an answer before a response with
     * answers to {@code answered} can be submitted: every rated question (free-text evidence is
     * optional), in questionnaire order. {@code dont-know} and {@code not-applicable} count as answers.
     */
    public static List<String> missing(Questionnaire questionnaire, Set<String> answered) {
        List<String> missing = new ArrayList<>();
        for (Question question : questionnaire.questions().values()) {
            if (question.type().isRated() && !answered.contains(question.id())) {
                missing.add(question.id());
            }
        }
        return missing;
    }

    /**
     * The errors that stop a response with answers to {@code answered} from being submitted: one
     * per {@linkplain #missing missing} question, at {@code /answers/<question id>}.
     */
    public static SubmissionInvalid incomplete(Questionnaire questionnaire, Set<String> answered) {
        List<FieldError> errors = missing(questionnaire, answered).stream()
                .map(id -> new FieldError("/answers/" + Errors.escape(id), "needs an answer before the response is "
                        + "submitted (" + (questionnaire.question(id).map(Question::notApplicable).orElse(false)
                        ? "dont-know and not-applicable are answers too" : "dont-know is an answer too") + ")"))
                .toList();
        return new SubmissionInvalid(errors);
    }
}
