package org.assessor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;

/**
 * Checks one answer against its question: the question exists, and the value has the type and
 * range the question's type demands. Answers {@code not-applicable} (where the question allows
 * it) and {@code dont-know} are accepted for every rated question; JSON {@code null} means
 * unanswered.
 */
final class AnswerChecker {
    /** Answer to any rated question meaning "I cannot say"; stored, never rated. */
    static final String DONT_KNOW = "dont-know";
    /** Answer meaning "this does not apply here", where the question allows it. */
    static final String NOT_APPLICABLE = "not-applicable";
    private static final Set<String> YES_PARTLY_NO = Set.of("yes", "partly", "no");

    private final Questionnaire questionnaire;
    private final Errors errors;

    AnswerChecker(Questionnaire questionnaire, Errors errors) {
        this.questionnaire = questionnaire;
        this.errors = errors;
    }

    /** The checked answer, or null if it is unanswered or wrong (the error is recorded). */
    AnswerValue check(String questionId, JsonNode value, String pointer) {
        Question question = questionnaire.question(questionId).orElse(null);
        if (question == null) {
            errors.add(pointer, "unknown question; questionnaire " + questionnaire.id() + " " + questionnaire.version()
                    + " has no question '" + Errors.quote(questionId) + "'");
            return null;
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual() && question.type().isRated()) {
            String text = value.asText();
            if (DONT_KNOW.equals(text)) {
                return AnswerValue.text(text);
            }
            if (NOT_APPLICABLE.equals(text)) {
                if (question.notApplicable()) {
                    return AnswerValue.text(text);
                }
                errors.add(pointer, "this question does not accept not-applicable");
                return null;
            }
        }
        return switch (question.type()) {
            case YES_PARTLY_NO -> text(value, pointer, YES_PARTLY_NO.contains(value.asText()),
                    "expected \"yes\", \"partly\" or \"no\"");
            case CHOICE -> text(value, pointer, question.option(value.asText()).isPresent(),
                    "expected one of " + question.options().stream().map(o -> o.id()).toList());
            case EVIDENCE -> evidence(question, value, pointer);
            case AGREEMENT -> agreement(value, pointer);
            case NUMBER -> number(question, value, pointer);
        };
    }

    private AnswerValue text(JsonNode value, String pointer, boolean accepted, String expectation) {
        if (!value.isTextual() || !accepted) {
            errors.add(pointer, expectation + (value.isTextual() ? ", not '" + Errors.quote(value.asText()) + "'"
                    : ", not a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            return null;
        }
        return AnswerValue.text(value.asText());
    }

    private AnswerValue evidence(Question question, JsonNode value, String pointer) {
        if (!value.isTextual()) {
            errors.add(pointer, "expected text (free-text evidence)");
            return null;
        }
        if (value.asText().length() > question.maxLength()) {
            errors.add(pointer, "is longer than " + question.maxLength() + " characters");
            return null;
        }
        return AnswerValue.text(value.asText());
    }

    private AnswerValue agreement(JsonNode value, String pointer) {
        if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 5 || value.bigIntegerValue().bitLength() > 31) {
            errors.add(pointer, "expected a whole number from 1 (strongly disagree) to 5 (strongly agree)");
            return null;
        }
        return AnswerValue.number(BigDecimal.valueOf(value.asInt()));
    }

    private AnswerValue number(Question question, JsonNode value, String pointer) {
        String range = plain(question.min()) + " to " + plain(question.max())
                + (question.unit() == null ? "" : " " + question.unit());
        if (!value.isNumber()) {
            errors.add(pointer, "expected a number from " + range);
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.valueOf(question.min())) < 0
                || number.compareTo(BigDecimal.valueOf(question.max())) > 0) {
            errors.add(pointer, number.toPlainString().length() > 40 ? "is out of range " + range
                    : number.stripTrailingZeros().toPlainString() + " is out of range " + range);
            return null;
        }
        return AnswerValue.number(number);
    }

    private static String plain(Double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
