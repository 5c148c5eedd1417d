package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers of DRL code (comments and strings already blanked by {@link CodeOnly}), each
 * with where it stands: after a {@code .} or {@code ::} (a member), before a {@code (} (a call), or after
 * {@code new} (a type being constructed). Number literals are skipped, so the {@code 75} of
 * {@code 0.75} or the {@code e5} of {@code 1e5} are not taken for members.
 */
final class CodeTokens {
    private CodeTokens() {
    }

    /** One identifier. */
    record Identifier(String name, int offset, boolean member, boolean call, boolean constructed) {

        /** True for a name that starts with a capital letter, which DRL code uses for types and constants. */
        boolean capitalised() {
            return Character.isUpperCase(name.charAt(0));
        }
    }

    /** Every identifier of {@code code}, in order. */
    static List<Identifier> identifiers(String code) {
        List<Identifier> found = new ArrayList<>();
        String previous = null;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (Character.isDigit(c)) {
                i = skipNumber(code, i);
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String name = code.substring(i, end);
                int before = previousNonSpace(code, i);
                boolean member = before >= 0 && (code.charAt(before) == '.'
                        || code.startsWith("::", before - 1));
                found.add(new Identifier(name, i, member, nextNonSpace(code, end) == '(', "new".equals(previous)));
                previous = name;
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = null;
                }
                i++;
            }
        }
        return found;
    }

    private static int skipNumber(String code, int start) {
        int i = start;
        while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_'
                || code.charAt(i) == '.' && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    /** The index of the last character before {@code at} that is not white space; -1 if none. */
    private static int previousNonSpace(String code, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static char nextNonSpace(String code, int at) {
        for (int i = at; i < code.length(); i++) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return code.charAt(i);
            }
        }
        return ' ';
    }
}
