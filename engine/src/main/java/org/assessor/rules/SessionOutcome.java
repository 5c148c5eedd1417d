package org.assessor.rules;

/**
 * What one session of {@link RuleRunner#runEach} concluded, or why it was aborted.
 *
 * @param concluded what the rules concluded; null if the session was aborted
 * @param aborted   why the session was aborted; null if it ran to the end
 */
public record SessionOutcome(Outcomes concluded, EvaluationAborted aborted) {
    /**
     * What the session concluded.
     *
     * @throws EvaluationAborted if it was aborted
     */
    public Outcomes orThrow() {
        if (aborted != null) {
            throw aborted;
        }
        return concluded;
    }
}
