package org.assessor;

import java.util.regex.Pattern;

/**
 * The one rule for ids everywhere in Assessor (questionnaires, sections, standards, criteria,
 * questions, sites, rule-set versions): 1 to 64 characters, letters, digits, {@code .},
 * {@code _} and {@code -}, starting with a letter or digit.
 */
public final class Ids {
    /** The pattern every id matches. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Describes the rule, for error messages. */
    public static final String RULE = "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }

    /** True if {@code id} is a well-formed id. */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
