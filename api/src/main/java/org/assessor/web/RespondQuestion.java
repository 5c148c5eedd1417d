package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import org.assessor.questionnaire.Question;

/**
 * One question as its page shows it. Element ids are unique on the page and stable: the
 * question's first input is {@code q-<question id>} (Change links and error summaries point at
 * it), its further radios {@code q-<question id>-2}, {@code -3}, …, its hint
 * {@code q-<question id>-hint} and its error message {@code q-<question id>-error}. Every input is
 * named by the question id.
 *
 * @param id      the question's id
 * @param text    the question (the fieldset's legend, or the text box's label)
 * @param hint    its help, and for numbers the range accepted
 * @param kind    how it is answered
 * @param unit    the unit shown after a number box, or empty
 * @param choices the radios of its answers (none for evidence; none but {@code others} for numbers)
 * @param others  "I don't know" and, where offered, "Not applicable", after a divider
 * @param typed   the text in its number or text box
 * @param error   the error shown at it, or null
 */
public record RespondQuestion(String id, String text, String hint, Kind kind, String unit, List<Choice> choices,
                              List<Choice> others, String typed, String error) {

    /** How a question is answered on the page. */
    public enum Kind {
        /** Radios only: yes-partly-no, agreement, choice. */
        RADIOS,
        /** A number box, and radios for the other answers. */
        NUMBER,
        /** A text box (evidence): optional, never rated. */
        TEXT
    }

    /** One radio: its element id, value, label, and whether it is selected. */
    public record Choice(String inputId, String value, String label, boolean checked) {
    }

    /** {@code question} with {@code entered} filled in and {@code error} (null for none) shown. */
    public static RespondQuestion of(Question question, AnswerForm.Entered entered, String error) {
        String field = "q-" + question.id();
        List<String[]> answers = new ArrayList<>();
        switch (question.type()) {
            case YES_PARTLY_NO -> {
                for (String v : List.of("yes", "partly", "no")) {
                    answers.add(new String[] {v, AnswerText.yesPartlyNo(v)});
                }
            }
            case AGREEMENT -> {
                for (int n = 1; n <= 5; n++) {
                    answers.add(new String[] {String.valueOf(n), AnswerText.agreement(n)});
                }
            }
            case CHOICE -> question.options().forEach(o -> answers.add(new String[] {o.id(), o.label()}));
            default -> { }
        }
        Kind kind = switch (question.type()) {
            case NUMBER -> Kind.NUMBER;
            case EVIDENCE -> Kind.TEXT;
            default -> Kind.RADIOS;
        };
        List<String[]> rest = new ArrayList<>();
        if (question.type().isRated()) {
            rest.add(new String[] {AnswerForm.DONT_KNOW, AnswerText.DONT_KNOW});
            if (question.notApplicable()) {
                rest.add(new String[] {AnswerForm.NOT_APPLICABLE, AnswerText.NOT_APPLICABLE});
            }
        }
        int first = kind == Kind.NUMBER ? 2 : 1;
        List<Choice> choices = radios(field, answers, first, entered.chosen());
        List<Choice> others = radios(field, rest, first + choices.size(), entered.chosen());
        return new RespondQuestion(question.id(), question.text(), hint(question), kind,
                question.unit() == null ? "" : question.unit(), choices, others, entered.typed(), error);
    }

    private static List<Choice> radios(String field, List<String[]> answers, int from, String chosen) {
        List<Choice> radios = new ArrayList<>();
        for (String[] answer : answers) {
            int n = from + radios.size();
            radios.add(new Choice(n == 1 ? field : field + "-" + n, answer[0], answer[1], answer[0].equals(chosen)));
        }
        return radios;
    }

    private static String hint(Question question) {
        String help = question.help() == null ? "" : question.help().strip();
        String extra = switch (question.type()) {
            case NUMBER -> "Enter a number from " + AnswerText.range(question) + ".";
            case EVIDENCE -> "Optional. You can enter up to " + String.format(java.util.Locale.UK, "%,d",
                    question.maxLength()) + " characters.";
            default -> "";
        };
        return (help + " " + extra).strip();
    }

    /** The id of the question's first input. */
    public String fieldId() {
        return "q-" + id;
    }

    public String hintId() {
        return fieldId() + "-hint";
    }

    public String errorId() {
        return fieldId() + "-error";
    }

    /** The ids that describe the question: its hint, and its error if any; null if neither (no attribute). */
    public String describedBy() {
        String ids = ((hint.isEmpty() ? "" : hintId()) + " " + (error == null ? "" : errorId())).strip();
        return ids.isEmpty() ? null : ids;
    }
}
