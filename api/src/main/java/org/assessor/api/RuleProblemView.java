package org.assessor.api;

/**
 * One thing wrong with an uploaded rule set, in the {@code errors[]} of a 422.
 *
 * @param file    the file at fault, e.g. {@code 20-rate-criteria.drl}, {@code tests/strong-site.json},
 *                or {@code (rule set)} for a gap that no single file causes
 * @param line    the 1-based line in it; 0 when the problem is not tied to a line
 * @param cell    for decision tables, the spreadsheet cell (e.g. {@code D12}) when known; absent otherwise
 * @param message what is wrong
 */
public record RuleProblemView(String file, int line, String cell, String message) {
}
