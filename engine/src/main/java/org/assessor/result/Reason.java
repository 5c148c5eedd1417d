package org.assessor.result;

import java.util.List;
import org.assessor.core.Rating;

/**
 * Why an item has its rating: the rule that fired, what it concluded, in words, and the
 * answers it used.
 *
 * @param rule       the name of the rule that fired
 * @param rating     the rating that rule gave
 * @param detail     what the rule saw, e.g. "2 of 3 respondents rated met"
 * @param respondent the respondent whose answers were used, or null
 * @param role       that respondent's role, or null
 * @param answers    the answers used, in question order; empty where none were
 */
public record Reason(String rule, Rating rating, String detail, String respondent, String role,
                     List<UsedAnswer> answers) {

    public Reason {
        answers = List.copyOf(answers);
    }

    /** A reason that used no answers directly. */
    public static Reason of(String rule, Rating rating, String detail) {
        return new Reason(rule, rating, detail, null, null, List.of());
    }
}
