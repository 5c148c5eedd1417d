package org.assessor.rules;

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
 */
public record DrlUnit(String file, String drl, boolean fromDecisionTable) {
    private static final Pattern CELL = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");

    /**
     * A problem at line {@code drlLine} of this unit's DRL, placed where the auditor wrote it.
     * Drools reports errors in a rule's consequence at the rule's first line, so when that line
     * starts a rule the message names the rule.
     */
    public RuleProblem problemAt(int drlLine, String message) {
        String[] lines = drl.split("\n", -1);
        if (drlLine >= 1 && drlLine <= lines.length) {
            Matcher rule = RULE.matcher(lines[drlLine - 1]);
            if (rule.find() && !message.contains(rule.group(1))) {
                message = "rule " + rule.group(1) + ": " + message;
            }
        }
        if (!fromDecisionTable) {
            return RuleProblem.atLine(file, Math.max(drlLine, 0), message);
        }
        for (int i = Math.min(Math.max(drlLine, 1), lines.length) - 1; i >= 0; i--) {
            Matcher m = CELL.matcher(lines[i]);
            if (m.find()) {
                return new RuleProblem(file, Integer.parseInt(m.group(2)), m.group(1) + m.group(2), message);
            }
        }
        return RuleProblem.inFile(file, message);
    }
}
