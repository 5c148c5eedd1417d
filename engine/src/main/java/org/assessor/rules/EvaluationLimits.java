package org.assessor.rules;

import java.time.Duration;

/**
 * How much work one evaluation may do before it is stopped: a cap on rule firings and a time
 * budget. Both guard the server against a rule set that loops.
 */
public record EvaluationLimits(int maxFirings, Duration budget) {

    /** Generous for any real questionnaire (a few thousand firings, milliseconds). */
    public static final EvaluationLimits DEFAULT = new EvaluationLimits(200_000, Duration.ofSeconds(5));

    public EvaluationLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive");
        }
    }
}
