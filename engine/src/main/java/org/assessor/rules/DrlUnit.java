package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL of one rule file: the file's own text, or the DRL Drools generated from a decision
 * table. Maps lines of that DRL back to where an auditor can find them: the same line of a
 * DRL file, or the spreadsheet row and cell a generated rule came from.
 *
 * @param file               the rule file's name in the rule set
 * @param drl                the DRL text
 * @param fromDecisionTable  whether {@code drl} was generated from a spreadsheet
 * @param cells              the spreadsheet's cells, for placing problems in them;
 *                           {@link DecisionTableCells#NONE} for DRL files
 */
public record DrlUnit(String file, String drl, boolean fromDecisionTable, DecisionTableCells cells) {
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\R");
    private static final Pattern RULE = Pattern.compile("in rule \"([^\"]+)\"|Rule name='([^']+)'");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");

    public DrlUnit {
        cells = cells == null ? DecisionTableCells.NONE : cells;
    }

    /** A unit whose spreadsheet cells, if any, are not known. */
    public DrlUnit(String file, String drl, boolean fromDecisionTable) {
        this(file, drl, fromDecisionTable, DecisionTableCells.NONE);
    }

    /** A problem at line {@code drlLine} of this unit's DRL, placed where the auditor wrote it. */
    public RuleProblem problemAt(int drlLine, String message) {
        return problemAt(drlLine, message, 0);
    }

    /**
     * A problem at line {@code drlLine} of this unit's DRL (0 or less if Drools gave none),
     * placed where the auditor wrote it: the line of a DRL file, or the row and cell of a
     * decision table. A problem without a line is placed by the expression or rule it names.
     *
     * @param repeat how many problems with the same message this unit had before this one; the
     *               n-th of several identical messages is placed at the n-th place that fits
     */
    public RuleProblem problemAt(int drlLine, String message, int repeat) {
        int line = drlLine > 0 ? drlLine : lineNamedIn(message, repeat);
        message = namingTheRuleStartingAt(line, message);
        if (!fromDecisionTable) {
            return RuleProblem.atLine(file, Math.max(line, 0), message);
        }
        return CellLocator.locate(this, line, message);
    }

    /**
     * Drools reports an error in a rule's consequence at the rule's first line; when that line
     * starts a rule, the message names the rule so the auditor knows where to look.
     */
    private String namingTheRuleStartingAt(int line, String message) {
        String[] lines = lines();
        if (line >= 1 && line <= lines.length) {
            Matcher rule = RULE_START.matcher(lines[line - 1]);
            if (rule.find() && !message.contains(rule.group(1))) {
                return "rule " + rule.group(1) + ": " + message;
            }
        }
        return message;
    }

    /** The line of this unit's DRL on which rule {@code name} starts, or 0 if it has no such rule. */
    public int lineOfRule(String name) {
        List<Integer> found = linesContaining(lines(), "rule \"" + name + "\"");
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** The 1-based DRL lines, for {@link CellLocator}. */
    String[] lines() {
        return drl.split("\n", -1);
    }

    /** The line of the expression or rule a message names, or 0. */
    private int lineNamedIn(String message, int repeat) {
        String[] lines = lines();
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            List<Integer> found = linesContaining(lines, expression.group(1).strip());
            if (!found.isEmpty()) {
                return found.get(repeat % found.size());
            }
        }
        Matcher rule = RULE.matcher(message);
        if (rule.find()) {
            String name = rule.group(1) != null ? rule.group(1) : rule.group(2);
            List<Integer> found = linesContaining(lines, "rule \"" + name + "\"");
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return 0;
    }

    private static List<Integer> linesContaining(String[] lines, String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                found.add(i + 1);
            }
        }
        return found;
    }
}
