package org.assessor.web;

import java.util.List;

/**
 * The page model of one file of a rule-set version, read with line numbers.
 *
 * @param row    the version
 * @param name   the file's name in the folder, e.g. {@code tests/strong-site.json}
 * @param lines  its lines, in order (line {@code i + 1} at index {@code i}); empty for a spreadsheet
 * @param binary true if it is a spreadsheet, which is not shown as text
 */
public record RuleSetFilePage(RuleSetList.Row row, String name, List<String> lines, boolean binary) {

    static RuleSetFilePage of(RuleSetList.Row row, String name, String text) {
        if (text.startsWith(org.assessor.app.RuleSetUpload.BASE64)) {
            return new RuleSetFilePage(row, name, List.of(), true);
        }
        return new RuleSetFilePage(row, name, List.of(text.split("\r?\n", -1)), false);
    }
}
