package org.assessor.web;

import java.util.List;

/**
 * The page model of the threshold form: the version it starts from, the table, the new version
 * and notes typed, the form's errors and the rule set's problems if the new version was refused.
 */
public record ThresholdPage(RuleSetList.Row row, ThresholdForm table, String version, String notes, FormErrors errors,
                            List<UploadPage.Problem> problems) {

    /** The error summary's entries: the form's errors, then one for the problems table. */
    public FormErrors summary() {
        return new UploadPage(List.of(), "", version, errors, problems).summary();
    }

    /** The form field of a cell. */
    public String field(int row, int column) {
        return ThresholdForm.field(row, column);
    }
}
