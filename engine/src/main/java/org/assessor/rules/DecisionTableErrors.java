package org.assessor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the exceptions Drools throws while reading a spreadsheet into auditor-facing problems. */
final class DecisionTableErrors {
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at)\\s+\\[?([A-Z]{1,3})(\\d+)\\]?");
    private static final Pattern ROW = Pattern.compile("[Rr]ow[: ]+(\\d+)");

    private DecisionTableErrors() {
    }

    static RuleProblem toProblem(String file, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.contains(cause.getMessage())) {
                message = message + ": " + cause.getMessage();
            }
        }
        Matcher cell = CELL.matcher(message);
        if (cell.find()) {
            return new RuleProblem(file, Integer.parseInt(cell.group(2)), cell.group(1) + cell.group(2),
                    "decision table: " + message);
        }
        Matcher row = ROW.matcher(message);
        if (row.find()) {
            return RuleProblem.atLine(file, Integer.parseInt(row.group(1)), "decision table: " + message);
        }
        return RuleProblem.inFile(file, "decision table: " + message);
    }
}
