package org.assessor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assessor.questionnaire.Question;

/**
 * A question page's form, read into the answers {@link org.assessor.app.RespondentService#save}
 * takes (question id → JSON answer), and into what the respondent entered, to show again if the
 * save is refused. Stateless.
 *
 * <p>The contract:
 * <ul>
 *   <li>only the given questions are read, each from the form fields named by its id; every other
 *       field ({@code _csrf}, {@code _action}, another section's questions) is ignored;</li>
 *   <li>a question left empty is no answer: it is left out, or sent as JSON {@code null} (which
 *       clears it) only if it has a saved answer;</li>
 *   <li>yes-partly-no and choice answers are sent as the chosen text; agreement as an integer;
 *       a number as a JSON number (spaces, thousands commas and the question's unit typed after it
 *       are ignored), and a number typed wins over "I don't know" or "Not applicable" chosen
 *       beside it; evidence as the text typed, line ends as {@code \n};</li>
 *   <li>a value that does not convert is sent as the text typed, so that the service refuses it
 *       with its own check, and nothing of the form is saved.</li>
 * </ul>
 */
public final class AnswerForm {
    /** The answer "I don't know", accepted by every rated question. */
    public static final String DONT_KNOW = "dont-know";
    /** The answer "Not applicable", accepted where the question allows it. */
    public static final String NOT_APPLICABLE = "not-applicable";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

    private AnswerForm() {
    }

    /**
     * What the respondent entered for one question: the text typed (number and evidence questions)
     * and the value of the radio chosen; each is empty ({@code ""}) when there is none.
     */
    public record Entered(String typed, String chosen) {
        /** Nothing entered. */
        public static final Entered NOTHING = new Entered("", "");

        /** How {@code answer}, saved for {@code question}, shows in the form (null: nothing). */
        public static Entered saved(Question question, JsonNode answer) {
            if (answer == null || answer.isNull()) {
                return NOTHING;
            }
            if (answer.isTextual() && isOther(answer.asText()) && question.type().isRated()) {
                return new Entered("", answer.asText());
            }
            return switch (question.type()) {
                case NUMBER -> new Entered(answer.isNumber()
                        ? answer.decimalValue().stripTrailingZeros().toPlainString() : answer.asText(), "");
                case EVIDENCE -> new Entered(answer.asText(), "");
                default -> new Entered("", answer.asText());
            };
        }
    }

    /**
     * A form read: the answers to save (possibly empty: nothing to save) and what was entered for
     * each question, in question order.
     */
    public record Read(ObjectNode answers, Map<String, Entered> entered) {
    }

    /**
     * Reads {@code form} for {@code questions}, whose saved answers are {@code saved} (question id →
     * answer; questions absent have none).
     */
    public static Read read(List<Question> questions, MultivaluedMap<String, String> form, ObjectNode saved) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        Map<String, Entered> entered = new LinkedHashMap<>();
        for (Question question : questions) {
            Entered one = entered(question, form.get(question.id()));
            entered.put(question.id(), one);
            JsonNode answer = answer(question, one);
            if (answer != null) {
                answers.set(question.id(), answer);
            } else if (saved.hasNonNull(question.id())) {
                answers.putNull(question.id());
            }
        }
        return new Read(answers, entered);
    }

    private static Entered entered(Question question, List<String> values) {
        if (values == null || values.isEmpty()) {
            return Entered.NOTHING;
        }
        return switch (question.type()) {
            case EVIDENCE -> new Entered(first(values).replace("\r\n", "\n").replace('\r', '\n'), "");
            case NUMBER -> new Entered(values.stream().filter(v -> !isOther(v)).findFirst().orElse("").strip(),
                    values.stream().filter(AnswerForm::isOther).findFirst().orElse(""));
            default -> new Entered("", first(values));
        };
    }

    /** The JSON answer for what was entered, or null for none. */
    private static JsonNode answer(Question question, Entered entered) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (question.type()) {
            case EVIDENCE -> entered.typed().isBlank() ? null : json.textNode(entered.typed());
            case NUMBER -> !entered.typed().isEmpty() ? number(entered.typed(), question.unit())
                    : entered.chosen().isEmpty() ? null : json.textNode(entered.chosen());
            case AGREEMENT -> entered.chosen().isEmpty() ? null : WHOLE.matcher(entered.chosen()).matches()
                    ? json.numberNode(Integer.parseInt(entered.chosen())) : json.textNode(entered.chosen());
            case YES_PARTLY_NO, CHOICE -> entered.chosen().isEmpty() ? null : json.textNode(entered.chosen());
        };
    }

    /** {@code typed} as a JSON number if it reads as one, else as the text typed. */
    static JsonNode number(String typed, String unit) {
        String plain = typed.strip();
        if (unit != null && !unit.isBlank() && plain.endsWith(unit.strip())) {
            plain = plain.substring(0, plain.length() - unit.strip().length());
        }
        plain = plain.replace(" ", "");
        if (THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            return JsonNodeFactory.instance.textNode(typed);
        }
        BigDecimal number = new BigDecimal(plain);
        return number.scale() <= 0 ? JsonNodeFactory.instance.numberNode(number.longValueExact())
                : JsonNodeFactory.instance.numberNode(number);
    }

    private static boolean isOther(String value) {
        return DONT_KNOW.equals(value) || NOT_APPLICABLE.equals(value);
    }

    private static String first(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isEmpty()).findFirst().orElse("");
    }
}
