package org.assessor.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** What the CSV tables of a rule set share: reading a number cell, quoting a cell in a message. */
final class Tables {
    private Tables() {
    }

    /** The number in {@code cell} if it is a plain decimal from {@code min} to {@code max}. */
    static Optional<Double> number(String cell, BigDecimal min, BigDecimal max) {
        return decimal(cell, min, max).map(BigDecimal::doubleValue);
    }

    /** The decimal in {@code cell} if it is a plain decimal from {@code min} to {@code max}. */
    static Optional<BigDecimal> decimal(String cell, BigDecimal min, BigDecimal max) {
        if (!cell.matches("-?[0-9]{1,7}(\\.[0-9]{1,6})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cell);
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? Optional.empty() : Optional.of(value);
    }

    /** {@code cell} shortened for a message. */
    static String excerpt(String cell) {
        String plain = cell.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 40 ? plain : plain.substring(0, 40) + "…";
    }
}
