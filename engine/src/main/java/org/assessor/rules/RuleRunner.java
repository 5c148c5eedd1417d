package org.assessor.rules;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * what the rules concluded. Enforces the {@link EvaluationLimits}: the firing limit and time
 * budget between firings, and a hard stop {@link #GRACE} after the budget for work the firing
 * counter cannot see (one consequence or one join that never ends). The session runs on a
 * thread of its own; at the hard stop the caller gets {@link EvaluationAborted} at once and the
 * session's thread is abandoned, to end when it ends (Java cannot stop it safely). While
 * {@code maxAbandoned} such threads still run, new evaluations are refused rather than piled on.
 * Thread-safe: sessions are never shared.
 */
public final class RuleRunner {
    /** How long past its time budget an evaluation may run before it is abandoned. */
    public static final Duration GRACE = Duration.ofSeconds(1);
    /** How many abandoned evaluations may still be running before new ones are refused. */
    public static final int MAX_ABANDONED = 4;
    private static final AtomicLong THREADS = new AtomicLong();
    private static final ExecutorService SESSIONS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "assessor-rules-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;
    /**
     * Each session lives on one thread of {@code SESSIONS} from start to end, so Drools need not
     * synchronise its propagation queue (about 5% of an evaluation's CPU time otherwise).
     */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    private final EvaluationLimits limits;
    private final int maxAbandoned;
    private final AtomicInteger abandoned = new AtomicInteger();

    public RuleRunner(EvaluationLimits limits) {
        this(limits, MAX_ABANDONED);
    }

    RuleRunner(EvaluationLimits limits, int maxAbandoned) {
        this.limits = limits;
        this.maxAbandoned = maxAbandoned;
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
     * @throws EvaluationAborted if a rule throws, the rules overrun their limits or their hard
     *                           stop, or too many abandoned evaluations still run
     */
    public Outcomes run(CompiledRuleSet ruleSet, List<?> facts) {
        if (abandoned.get() >= maxAbandoned) {
            throw new EvaluationAborted("evaluations are refused: " + abandoned.get() + " earlier ones ran past "
                    + "their hard stop and still run; a rule set that never finishes is the usual cause (restart the "
                    + "server once it is fixed or retired)");
        }
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<Outcomes> session = SESSIONS.submit(() -> {
            try {
                return runHere(ruleSet, facts);
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    abandoned.decrementAndGet();
                }
            }
        });
        Duration hardStop = limits.budget().plus(GRACE);
        try {
            return session.get(hardStop.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.incrementAndGet();
            if (!state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.decrementAndGet();
                return finished(session);
            }
            session.cancel(true);
            throw new EvaluationAborted("rule set " + ruleSet + " did not finish within " + hardStop.toMillis()
                    + " ms and was abandoned: one rule's work never ended (a join over too many facts, or a "
                    + "consequence that runs on and on)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.cancel(true);
            throw new EvaluationAborted("the evaluation of rule set " + ruleSet + " was interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(ruleSet, e.getCause());
        }
    }

    /** How many abandoned evaluations are still running. */
    public int abandoned() {
        return Math.max(0, abandoned.get());
    }

    private Outcomes runHere(CompiledRuleSet ruleSet, List<?> facts) {
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
        } catch (EvaluationAborted e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EvaluationAborted("rule set " + ruleSet + " failed: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new EvaluationAborted("rule set " + ruleSet + " failed: its rules nested too deeply", e);
        }
        budget.check(ruleSet);
        return recorder.outcomes(budget.fired());
    }

    private static Outcomes finished(Future<Outcomes> session) {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationAborted("the evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(null, e.getCause());
        }
    }

    private static RuntimeException rethrown(CompiledRuleSet ruleSet, Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new EvaluationAborted("rule set " + ruleSet + " failed: " + cause, cause);
    }
}
