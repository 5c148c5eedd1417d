package org.assessor.rules;

/**
 * One thing wrong with a rule set: the file at fault (relative to the rule-set folder), the line
 * in it when known, a cell reference for decision tables when known, and what is wrong.
 *
 * @param file    e.g. {@code 20-rate-criteria.drl}, or {@code manifest.json}
 * @param line    1-based line, or 0 when the problem is not tied to a line
 * @param cell    spreadsheet cell such as {@code B12} for decision tables; null otherwise
 * @param message what is wrong, in words an auditor can act on
 */
public record RuleProblem(String file, int line, String cell, String message) {

    /** A problem tied to a file but no particular line. */
    public static RuleProblem inFile(String file, String message) {
        return new RuleProblem(file, 0, null, message);
    }

    /** A problem at a line of a file. */
    public static RuleProblem atLine(String file, int line, String message) {
        return new RuleProblem(file, line, null, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
        }
        if (cell != null) {
            where.append(" (cell ").append(cell).append(')');
        }
        return where + ": " + message;
    }
}
