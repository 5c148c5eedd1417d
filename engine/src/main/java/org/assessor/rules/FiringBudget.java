package org.assessor.rules;

import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets rule activations fire until the firing limit or time budget is spent, then refuses the
 * rest so the session stops. Not thread-safe; one per session.
 */
final class FiringBudget implements AgendaFilter {
    private final EvaluationLimits limits;
    private final long deadline;
    private int fired;
    private String exceeded;
    private String lastRule;

    FiringBudget(EvaluationLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.budget().toNanos();
    }

    @Override
    public boolean accept(Match match) {
        if (exceeded != null) {
            return false;
        }
        if (fired >= limits.maxFirings()) {
            exceeded = "more than " + limits.maxFirings() + " rule firings";
        } else if ((fired & 63) == 0 && System.nanoTime() > deadline) {
            exceeded = "more than " + limits.budget().toMillis() + " ms";
        }
        if (exceeded != null) {
            return false;
        }
        fired++;
        lastRule = match.getRule().getName();
        return true;
    }

    int fired() {
        return fired;
    }

    /** Throws if the budget was spent: the result would be incomplete. */
    void check(Object ruleSet) {
        if (exceeded != null) {
            throw new EvaluationAborted("rule set " + ruleSet + " was stopped after " + exceeded + " (the last rule "
                    + "to fire was \"" + lastRule + "\"); a rule that keeps re-activating itself is the usual cause");
        }
    }
}
