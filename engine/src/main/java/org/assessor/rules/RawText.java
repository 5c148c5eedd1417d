package org.assessor.rules;

import java.util.List;

/**
 * Checks on a rule file's text before it is parsed: no unicode escapes ({@code \}{@code u0053ystem}),
 * which a Java compiler reads as the character they stand for, wherever they are, and no invisible
 * format or control characters (bidirectional overrides, zero-width spaces), which can make code
 * read to a person as something other than what it is.
 */
final class RawText {
    /** The most problems reported for one file's text: the first ones say what to fix. */
    private static final int MAX_REPORTED = 10;

    private RawText() {
    }

    /** Adds the problems of {@code unit}'s text to {@code problems}; true if there were none. */
    static boolean check(DrlUnit unit, List<RuleProblem> problems) {
        String drl = unit.drl();
        int line = 1;
        int before = problems.size();
        for (int i = drl.startsWith("\uFEFF") ? 1 : 0; i < drl.length() && problems.size() - before < MAX_REPORTED;
             i++) {
            char c = drl.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && i + 1 < drl.length() && drl.charAt(i + 1) == 'u') {
                problems.add(unit.problemAt(line, "unicode escapes (\\u...) are not allowed in rule files: write the "
                        + "character itself (files are UTF-8)"));
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c) && c != '\t'
                    && c != '\r') {
                problems.add(unit.problemAt(line, String.format("the invisible character U+%04X is not allowed in "
                        + "rule files: it can make code read as something other than what it is", (int) c)));
            }
        }
        return problems.size() == before;
    }
}
