package org.assessor.rules.sandbox;

/**
 * Checks on a rule file's text before its trees: no unicode escapes ({@code \}{@code u0053ystem}),
 * which a Java compiler reads as the character they stand for, wherever they are, and no invisible
 * format characters (bidirectional overrides, zero-width joiners), which can make code read to a
 * person as something other than what it is.
 */
final class RawText {
    private RawText() {
    }

    /** The most problems reported for one file's text: the first ones say what to fix. */
    private static final int MAX_REPORTED = 10;

    static void check(String drl, Problems problems) {
        int line = 1;
        int before = problems.count();
        for (int i = drl.startsWith("\uFEFF") ? 1 : 0; i < drl.length() && problems.count() - before < MAX_REPORTED;
             i++) {
            char c = drl.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\\' && i + 1 < drl.length() && drl.charAt(i + 1) == 'u') {
                problems.at(line, "unicode escapes (\\u...) are not allowed in rule files: write the character "
                        + "itself (files are UTF-8)");
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c) && c != '\t'
                    && c != '\r') {
                problems.at(line, String.format("the invisible character U+%04X is not allowed in rule files: it "
                        + "can make code read as something other than what it is", (int) c));
            }
        }
    }
}
