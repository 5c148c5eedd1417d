package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Auditor-facing problems of decision tables that Drools itself does not report well: the
 * exceptions it throws while reading a spreadsheet, and rows that turn into rules with no action.
 */
final class DecisionTableErrors {
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at)\\s+\\[?([A-Z]{1,3})(\\d+)\\]?");
    private static final Pattern ROW = Pattern.compile("[Rr]ow[: ]+(\\d+)");
    private static final Pattern GENERATED_RULE = Pattern.compile(
            "//\\s*rule values at ([A-Z]+)(\\d+)[^\\n]*\\n\\s*rule\\s+\"([^\"]*)\".*?^\\s*then[ \\t]*\\n(.*?)^\\s*end\\s*$",
            Pattern.DOTALL | Pattern.MULTILINE);

    private DecisionTableErrors() {
    }

    /**
     * Rows of a decision table that became rules with no action, which can never do anything: an
     * empty action cell, or a quote left open earlier in the row that swallowed the cells after it.
     */
    static List<RuleProblem> rowsWithoutAction(DrlUnit unit) {
        if (!unit.fromDecisionTable()) {
            return List.of();
        }
        List<RuleProblem> problems = new ArrayList<>();
        Matcher rule = GENERATED_RULE.matcher(unit.drl());
        while (rule.find()) {
            if (rule.group(4).isBlank()) {
                int row = Integer.parseInt(rule.group(2));
                problems.add(new RuleProblem(unit.file(), row, rule.group(1) + row, "decision table: row " + row
                        + " (rule \"" + rule.group(3) + "\") has no action; fill in its action cells, and check the"
                        + " row for a quote that is opened but not closed, which swallows the cells after it"));
            }
        }
        return problems;
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
