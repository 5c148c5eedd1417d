package org.assessor.web;

import java.util.List;
import org.assessor.rules.RuleProblem;

/**
 * The page model of the upload form: the questionnaires to choose from, what was typed, the
 * form's own errors (by field) and the rule set's validation problems (each with its file, line
 * or decision-table cell, and message).
 *
 * @param questionnaires the questionnaire ids to choose from
 * @param questionnaire  the one chosen, or empty
 * @param version        the version typed, or empty
 * @param errors         the form's errors: {@code questionnaire}, {@code version}, {@code files}
 * @param problems       what is wrong with the uploaded rule set; empty if it was not verified
 */
public record UploadPage(List<String> questionnaires, String questionnaire, String version, FormErrors errors,
                         List<Problem> problems) {

    /** One validation problem as the page shows it. */
    public record Problem(String file, String line, String message) {
        static Problem of(RuleProblem p) {
            String where = p.cell() != null ? "cell " + p.cell() : p.line() > 0 ? "line " + p.line() : "";
            return new Problem(p.file(), where, p.message());
        }
    }

    static UploadPage empty(List<String> questionnaires) {
        return new UploadPage(questionnaires, "", "", FormErrors.none(), List.of());
    }

    /** True if the page shows any error. */
    public boolean anyError() {
        return errors.any() || !problems.isEmpty();
    }

    /** The error summary's entries: the form's errors, then one entry for the problems table. */
    public FormErrors summary() {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(errors.byField());
        if (!problems.isEmpty()) {
            all.put("problems", "The rule set has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + ": nothing was stored. Correct the files and upload them again");
        }
        return new FormErrors(all);
    }
}
