package org.assessor.rules;

import java.util.List;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.command.CommandFactory;

/**
 * Runs a compiled rule set over a list of input facts in one stateless session and returns
 * what the rules concluded. Enforces the {@link EvaluationLimits}. Thread-safe: sessions are
 * never shared.
 */
public final class RuleRunner {
    /**
     * Each session lives on one thread from start to end, so Drools need not synchronise its
     * propagation queue (about 5% of an evaluation's CPU time otherwise).
     */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    private final EvaluationLimits limits;

    public RuleRunner(EvaluationLimits limits) {
        this.limits = limits;
    }

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    }

    /**
     * Inserts {@code facts}, fires the rules of {@code ruleSet} to quiescence and returns the
     * concluded facts.
     *
     * @throws EvaluationAborted if a rule throws, or the rules overrun their limits
     */
    public Outcomes run(CompiledRuleSet ruleSet, List<?> facts) {
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession(ONE_THREAD);
        OutcomeRecorder recorder = new OutcomeRecorder();
        session.addEventListener(recorder);
        FiringBudget budget = new FiringBudget(limits);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                new FireAllRulesCommand(budget));
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationAborted("rule \"" + rule + "\" of rule set " + ruleSet + " failed: " + cause, e);
        }
        budget.check(ruleSet);
        return recorder.outcomes(budget.fired());
    }
}
