package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.command.CommandFactory;

/**
 * One stateless session of a rule set, on the calling thread: the rule set's policy values and
 * the given facts inserted, the rules fired to quiescence within the firing limit and time budget
 * ({@link FiringBudget}), and what they concluded recorded. {@link RuleRunner} decides on which
 * thread, and gives up on one that runs past its hard stop.
 */
final class OneSession {
    /**
     * Each session lives on one thread from start to end, so Drools need not synchronise its
     * propagation queue (about 5% of an evaluation's CPU time otherwise).
     */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    private OneSession() {
    }

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration configuration = KieServices.Factory.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    }

    /**
     * Runs {@code ruleSet} (whose rules are {@code kieBase}) over {@code facts} within {@code limits}.
     *
     * @throws EvaluationAborted if a rule throws, or the rules overrun their limits
     */
    static Outcomes run(KieBase kieBase, CompiledRuleSet ruleSet, List<?> facts, EvaluationLimits limits) {
        StatelessKieSession session = kieBase.newStatelessKieSession(ONE_THREAD);
        OutcomeRecorder recorder = new OutcomeRecorder();
        session.addEventListener(recorder);
        FiringBudget budget = new FiringBudget(limits);
        List<Object> given = new ArrayList<>(facts.size() + 1);
        given.add(ruleSet.policy());
        given.addAll(facts);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(given),
                new FireAllRulesCommand(budget));
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationAborted("rule \"" + rule + "\" of rule set " + ruleSet + " failed: " + cause, e);
        } catch (EvaluationAborted e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EvaluationAborted("rule set " + ruleSet + " failed: " + e.getMessage() + because(e), e);
        } catch (StackOverflowError e) {
            throw new EvaluationAborted("rule set " + ruleSet + " failed: its rules nested too deeply", e);
        }
        budget.check(ruleSet);
        return recorder.outcomes(budget.fired());
    }

    /**
     * The message of the deepest cause of {@code e} when it says more than {@code e}'s own (a
     * constraint that failed because it read a policy value the rule set lacks), else "".
     */
    private static String because(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 16; depth++) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null || root.getMessage().equals(e.getMessage()) ? ""
                : " (" + root.getMessage() + ")";
    }
}
