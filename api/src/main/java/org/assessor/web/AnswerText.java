package org.assessor.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.assessment.FieldError;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;

/**
 * How answers, and what is wrong with them, read on the respondent's pages: plain words for the
 * values the API stores ({@code partly}, {@code 4}, {@code dont-know}), and error messages in the
 * NHS style (say what to do) for the refusals of {@link org.assessor.assessment.AnswerSheet}.
 * Stateless.
 */
public final class AnswerText {
    /** The agreement scale's labels, for answers 1 to 5. */
    public static final List<String> AGREEMENT = List.of("Strongly disagree", "Disagree",
            "Neither agree nor disagree", "Agree", "Strongly agree");
    /** What "I don't know" reads as. */
    public static final String DONT_KNOW = "I don't know";
    /** What "Not applicable" reads as. */
    public static final String NOT_APPLICABLE = "Not applicable";
    private static final String ANSWERS = "/answers/";

    private AnswerText() {
    }

    /** The label of agreement answer {@code n} (1 to 5), e.g. {@code 4 – Agree}. */
    public static String agreement(int n) {
        return n + " – " + AGREEMENT.get(n - 1);
    }

    /** The label of yes-partly-no answer {@code value}. */
    public static String yesPartlyNo(String value) {
        return switch (value) {
            case "yes" -> "Yes";
            case "partly" -> "Partly";
            case "no" -> "No";
            default -> value;
        };
    }

    /** {@code answer}, saved for {@code question}, in words (as typed, for evidence and numbers). */
    public static String label(Question question, JsonNode answer) {
        String text = answer.asText();
        if (answer.isTextual() && AnswerForm.DONT_KNOW.equals(text)) {
            return DONT_KNOW;
        }
        if (answer.isTextual() && AnswerForm.NOT_APPLICABLE.equals(text)) {
            return NOT_APPLICABLE;
        }
        return switch (question.type()) {
            case YES_PARTLY_NO -> yesPartlyNo(text);
            case AGREEMENT -> answer.canConvertToInt() && answer.asInt() >= 1 && answer.asInt() <= 5
                    ? agreement(answer.asInt()) : text;
            case CHOICE -> question.option(text).map(o -> o.label()).orElse(text);
            case NUMBER -> (answer.isNumber() ? answer.decimalValue().stripTrailingZeros().toPlainString() : text)
                    + unit(question);
            case EVIDENCE -> text;
        };
    }

    /** The range a number question accepts, e.g. {@code 0 to 20} or {@code 0 to 100%}. */
    public static String range(Question question) {
        return plain(question.min()) + " to " + plain(question.max()) + unit(question);
    }

    /** The error at {@code question} when the service refused its answer with {@code refusal}. */
    public static String refused(Question question, String refusal) {
        if (refusal.contains("not-applicable")) {
            return "\u201cNot applicable\u201d is not an answer to this question: choose another";
        }
        return switch (question.type()) {
            case NUMBER -> "Enter a number from " + range(question);
            case AGREEMENT -> "Select how much you agree, from 1 to 5";
            case YES_PARTLY_NO, CHOICE -> "Select one of the answers";
            case EVIDENCE -> refusal.startsWith("is longer") ? "Your answer must be " + question.maxLength()
                    + " characters or fewer" : "Enter your answer as text";
        };
    }

    /** The error that lists {@code question} as still to answer when the respondent submits. */
    public static String missing(Question question) {
        return "Answer: " + question.text();
    }

    /**
     * The errors of a refused save, by question id (the first per question), each worded by
     * {@link #refused}; errors not about a question of {@code questionnaire} are left out.
     */
    public static Map<String, String> refusals(Questionnaire questionnaire, List<FieldError> errors) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String id = questionId(error.pointer());
            questionnaire.question(id).ifPresent(q -> byQuestion.putIfAbsent(id, refused(q, error.message())));
        }
        return byQuestion;
    }

    /** The question id of an {@code /answers/<id>} pointer, RFC 6901 escapes undone. */
    public static String questionId(String pointer) {
        String id = pointer.startsWith(ANSWERS) ? pointer.substring(ANSWERS.length()) : pointer;
        return id.replace("~1", "/").replace("~0", "~");
    }

    private static String unit(Question question) {
        String unit = question.unit();
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.equals("%") ? unit : " " + unit;
    }

    private static String plain(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
