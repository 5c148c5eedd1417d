package org.assessor.rules;

/**
 * Blanks out the comments and string literals of DRL text, keeping every line break, so that
 * checks on the code see neither and still report the right line numbers.
 */
final class CodeOnly {
    private CodeOnly() {
    }

    static String strip(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                i = blankUntil(drl, i, out, "\n", false);
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                i = blankUntil(drl, i, out, "*/", true);
            } else if (c == '"' || c == '\'') {
                i = blankString(drl, i, out, c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int blankUntil(String drl, int start, StringBuilder out, String end, boolean includeEnd) {
        int stop = drl.indexOf(end, start + 2);
        stop = stop < 0 ? drl.length() : includeEnd ? stop + end.length() : stop;
        blank(drl, start, stop, out);
        return stop;
    }

    private static int blankString(String drl, int start, StringBuilder out, char quote) {
        int i = start + 1;
        while (i < drl.length() && drl.charAt(i) != quote && drl.charAt(i) != '\n') {
            i += drl.charAt(i) == '\\' ? 2 : 1;
        }
        int stop = Math.min(i + 1, drl.length());
        out.append(quote);
        blank(drl, start + 1, Math.max(start + 1, stop - 1), out);
        if (stop - 1 > start && stop <= drl.length() && drl.charAt(stop - 1) == quote) {
            out.append(quote);
        }
        return stop;
    }

    private static void blank(String drl, int from, int to, StringBuilder out) {
        for (int i = from; i < to && i < drl.length(); i++) {
            out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
