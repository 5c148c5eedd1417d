package org.assessor.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.rules.DecisionTableCells.Cell;

/**
 * Places a problem in a rule generated from a decision table at the spreadsheet row the rule
 * came from (Drools writes {@code // rule values at A11} above each generated rule) and, where it
 * can tell, at the cell in that row whose text caused it: the cell at the column a parser error
 * names, or else the cell whose text the message quotes, or else the cell that holds a piece of
 * code the message quotes. Otherwise it names the row's first cell.
 */
final class CellLocator {
    private static final Pattern ROW = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");
    private static final Pattern POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\s*");
    private static final Pattern RULE_NAME = Pattern.compile("\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern MENTIONS_RULE = Pattern.compile("(?:in )?rule \"[^\"]*\"|\\[?Rule name='[^']*'\\]?");
    private static final Pattern NEAR = Pattern.compile("\\R\\[Near : \\{.*", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']{3,})'");

    private CellLocator() {
    }

    static RuleProblem locate(DrlUnit unit, int line, String message) {
        String[] lines = unit.lines();
        String tidy = tidy(message);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher row = ROW.matcher(lines[i]);
            if (row.find()) {
                int number = Integer.parseInt(row.group(2));
                String drlLine = line <= lines.length ? lines[line - 1] : "";
                String cell = cellIn(unit.cells().row(number), ruleNameAfter(lines, i), drlLine,
                        column(message, line), message).map(Cell::ref).orElse(row.group(1) + number);
                return new RuleProblem(unit.file(), number, cell, tidy);
            }
        }
        return RuleProblem.inFile(unit.file(), tidy);
    }

    /** The message without positions in the generated DRL, which the auditor never sees. */
    private static String tidy(String message) {
        String withoutNear = NEAR.matcher(message).replaceAll("");
        return POSITION.matcher(withoutNear).replaceAll("").replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static int column(String message, int line) {
        Matcher m = POSITION.matcher(message);
        return m.find() && Integer.parseInt(m.group(1)) == line ? Integer.parseInt(m.group(2)) : -1;
    }

    private static String ruleNameAfter(String[] lines, int commentLine) {
        for (int i = commentLine + 1; i < lines.length; i++) {
            Matcher m = RULE_NAME.matcher(lines[i]);
            if (m.lookingAt()) {
                return m.group(1);
            }
        }
        return "";
    }

    /**
     * The cell of the row that caused the problem: the one whose text spans {@code column} of
     * {@code drlLine}, or else the one whose text the message quotes; the longest text wins.
     */
    private static Optional<Cell> cellIn(List<Cell> row, String ruleName, String drlLine, int column, String message) {
        List<Cell> candidates = row.stream().filter(c -> !c.value().equals(ruleName)).toList();
        Comparator<Cell> longest = Comparator.comparingInt((Cell c) -> c.value().length()).reversed()
                .thenComparingInt(Cell::column);
        if (column >= 0) {
            Optional<Cell> atColumn = candidates.stream().filter(c -> spans(drlLine, c.value(), column))
                    .min(longest);
            if (atColumn.isPresent()) {
                return atColumn;
            }
        }
        String text = MENTIONS_RULE.matcher(message).replaceAll(" ");
        return candidates.stream().filter(c -> quotes(text, c.value())).min(longest)
                .or(() -> candidates.stream().filter(c -> holdsAQuoteOf(message, c.value())).min(longest));
    }

    /** True if {@code value} holds a piece of code the message quotes ('System.exit( 0 );'). */
    private static boolean holdsAQuoteOf(String message, String value) {
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            if (value.contains(quoted.group(1).strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean spans(String line, String value, int column) {
        for (int at = line.indexOf(value); at >= 0; at = line.indexOf(value, at + 1)) {
            if (at <= column && column <= at + value.length()) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code value} occurs in {@code text} as a whole word. */
    private static boolean quotes(String text, String value) {
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
