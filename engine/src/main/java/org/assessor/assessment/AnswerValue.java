package org.assessor.assessment;

import java.math.BigDecimal;

/**
 * One answer as given: text (yes/partly/no, an option id, evidence, {@code not-applicable},
 * {@code dont-know}) or a number (agreement point, number question). Exactly one is set.
 */
public record AnswerValue(String text, BigDecimal number) {

    /** A text answer. */
    public static AnswerValue text(String text) {
        return new AnswerValue(text, null);
    }

    /** A numeric answer. */
    public static AnswerValue number(BigDecimal number) {
        return new AnswerValue(null, number);
    }

    public boolean isNumber() {
        return number != null;
    }

    /** The answer as it is shown: the text, or the number in plain notation. */
    public String display() {
        return number != null ? number.stripTrailingZeros().toPlainString() : text;
    }
}
