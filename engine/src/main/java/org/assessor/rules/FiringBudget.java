package org.assessor.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets rule activations fire until the firing limit or time budget is spent, then refuses the
 * rest so the session stops. The time budget is the CPU time of the session's own thread since
 * this budget was made (checked every 64 firings), so time spent waiting for a core, for a
 * session slot or for the rule set to compile never counts against it; where the JVM cannot
 * measure thread CPU time, wall time since then is used. Not thread-safe; one per session, made
 * and used on the session's thread.
 */
final class FiringBudget implements AgendaFilter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    private final EvaluationLimits limits;
    private final long deadline;
    private int fired;
    private String exceeded;
    private String lastRule;

    FiringBudget(EvaluationLimits limits) {
        this.limits = limits;
        this.deadline = now() + limits.budget().toNanos();
    }

    @Override
    public boolean accept(Match match) {
        if (exceeded != null) {
            return false;
        }
        if (fired >= limits.maxFirings()) {
            exceeded = "more than " + limits.maxFirings() + " rule firings";
        } else if ((fired & 63) == 0 && now() - deadline > 0) {
            exceeded = "more than " + limits.budget().toMillis() + (CPU_TIME ? " ms of CPU time" : " ms");
        }
        if (exceeded != null) {
            return false;
        }
        fired++;
        lastRule = match.getRule().getName();
        return true;
    }

    /** The session thread's CPU time in nanoseconds, or wall time where that cannot be measured. */
    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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
