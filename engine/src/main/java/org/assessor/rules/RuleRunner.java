package org.assessor.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;

/**
 * Runs a compiled rule set over a list of input facts in one stateless session and returns
 * what the rules concluded. Enforces the {@link EvaluationLimits}: the firing limit and the time
 * budget (CPU time of the session's thread, see {@link FiringBudget}) between firings, and a
 * hard stop {@link #GRACE} after the budget, counted from when the session started running, for
 * work the firing counter cannot see (one consequence or one join that never ends).
 *
 * <p>Each session ({@link OneSession}) runs on a thread of the runner's own; at most {@link
 * RunnerCapacity#sessions()} run at once and the rest wait in a bounded queue ({@link
 * SessionSlots}), so a burst of evaluations queues instead of sharing the cores until every one
 * overruns its budget; a full queue is refused at once with {@link EvaluationsBusy}. Waiting for a
 * slot, or for the rule set to finish compiling, never counts against the budget or the hard stop.
 * At the hard stop the caller gets {@link EvaluationAborted} at once, the slot is freed and the
 * session's thread is abandoned, to end when it ends (Java cannot stop it safely). While {@link
 * RunnerCapacity#maxAbandoned()} such threads still run, new evaluations are refused rather than
 * piled on (the circuit breaker). Separate runners (live evaluations, drafts) share none of this.
 * Thread-safe: sessions are never shared.
 */
public final class RuleRunner {
    /** How long past its time budget a running session may go on before it is abandoned. */
    public static final Duration GRACE = Duration.ofSeconds(1);
    /** How many abandoned evaluations may still be running before new ones are refused (live runner). */
    public static final int MAX_ABANDONED = 4;
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;
    private static final int CANCELLED = 3;

    private final EvaluationLimits limits;
    private final RunnerCapacity capacity;
    private final SessionSlots slots;
    private final ExecutorService sessions;
    private final AtomicInteger abandoned = new AtomicInteger();

    /** A runner of live evaluations ({@link RunnerCapacity#live()}). */
    public RuleRunner(EvaluationLimits limits) {
        this(limits, RunnerCapacity.live());
    }

    /** A runner with its own threads, queue and circuit breaker, sized by {@code capacity}. */
    public RuleRunner(EvaluationLimits limits, RunnerCapacity capacity) {
        this.limits = limits;
        this.capacity = capacity;
        this.slots = new SessionSlots(capacity);
        AtomicLong threads = new AtomicLong();
        this.sessions = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, capacity.name() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    RuleRunner(EvaluationLimits limits, int maxAbandoned) {
        this(limits, RunnerCapacity.live().withMaxAbandoned(maxAbandoned));
    }

    /** What this runner takes on at once. */
    public RunnerCapacity capacity() {
        return capacity;
    }

    /**
     * Inserts {@code facts}, fires the rules of {@code ruleSet} to quiescence and returns the
     * concluded facts. Waits for {@code ruleSet} to compile, then for a session slot.
     *
     * @throws EvaluationsBusy   if every session is busy and the queue is full, or the wait for one was too long
     * @throws EvaluationAborted if a rule throws, the rules overrun their limits or their hard
     *                           stop, or too many abandoned evaluations still run
     * @throws RuleSetInvalid    if {@code ruleSet} did not compile
     */
    public Outcomes run(CompiledRuleSet ruleSet, List<?> facts) {
        return runEach(ruleSet, List.of(facts)).get(0).orThrow();
    }

    /**
     * Runs one session per list of {@code factLists}, one after another on one session thread
     * and one session slot, handed over once: for batch work of many small sessions, where the
     * hand-over would cost as much as a session. Each session has its own firing limit and time
     * budget, and its own hard stop counted from when it starts; a session whose rule throws or
     * that overruns its limits is aborted alone (its {@link SessionOutcome#aborted()}), and the
     * next one runs.
     *
     * @return what each session concluded, in the order of {@code factLists}
     * @throws EvaluationsBusy   as {@link #run}
     * @throws EvaluationAborted if a session overran its hard stop (the sessions after it are not
     *                           run), or too many abandoned evaluations still run
     * @throws RuleSetInvalid    if {@code ruleSet} did not compile
     */
    public List<SessionOutcome> runEach(CompiledRuleSet ruleSet, List<? extends List<?>> factLists) {
        if (factLists.isEmpty()) {
            return List.of();
        }
        refuseWhileAbandoned();
        KieBase kieBase = ruleSet.kieBase();
        slots.acquire();
        boolean handedOver = false;
        try {
            refuseWhileAbandoned();
            AtomicInteger state = new AtomicInteger(RUNNING);
            CountDownLatch started = new CountDownLatch(1);
            AtomicLong startedAt = new AtomicLong();
            Future<List<SessionOutcome>> session = sessions.submit(() -> {
                try {
                    List<SessionOutcome> ran = new ArrayList<>(factLists.size());
                    for (List<?> facts : factLists) {
                        startedAt.set(System.nanoTime());
                        started.countDown();
                        ran.add(runOne(kieBase, ruleSet, facts));
                    }
                    return ran;
                } finally {
                    if (state.compareAndSet(RUNNING, DONE)) {
                        slots.release();
                    } else if (state.get() == ABANDONED) {
                        abandoned.decrementAndGet();
                    }
                }
            });
            handedOver = true;
            return await(ruleSet, session, state, started, startedAt);
        } finally {
            if (!handedOver) {
                slots.release();
            }
        }
    }

    private List<SessionOutcome> await(CompiledRuleSet ruleSet, Future<List<SessionOutcome>> session,
                                       AtomicInteger state, CountDownLatch started, AtomicLong startedAt) {
        Duration hardStop = limits.budget().plus(GRACE);
        try {
            started.await();
            long begun;
            do {
                begun = startedAt.get();
                try {
                    long left = begun + hardStop.toNanos() - System.nanoTime();
                    return session.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // unless the next session of a batch has started since: its hard stop counts from then
                }
            } while (startedAt.get() != begun);
            abandoned.incrementAndGet();
            if (!state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.decrementAndGet();
                return finished(session);
            }
            slots.release();
            session.cancel(true);
            throw new EvaluationAborted("rule set " + ruleSet + " did not finish within " + hardStop.toMillis()
                    + " ms and was abandoned (counted from when its session started running): one rule's work "
                    + "never ended (a join over too many facts, or a consequence that runs on and on)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.cancel(true);
            if (started.getCount() > 0 && state.compareAndSet(RUNNING, CANCELLED)) {
                slots.release(); // cancelled before it started, the session never gives its slot back itself
            }
            throw new EvaluationAborted("the evaluation of rule set " + ruleSet + " was interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(ruleSet, e.getCause());
        }
    }

    private void refuseWhileAbandoned() {
        if (abandoned.get() >= capacity.maxAbandoned()) {
            throw new EvaluationAborted("evaluations are refused: " + abandoned.get() + " earlier ones ran past "
                    + "their hard stop and still run; a rule set that never finishes is the usual cause (restart the "
                    + "server once it is fixed or retired)");
        }
    }

    /** How many abandoned evaluations are still running. */
    public int abandoned() {
        return Math.max(0, abandoned.get());
    }

    /** How many evaluations are waiting for a session now. */
    public int waiting() {
        return slots.waiting();
    }

    /** One session on this thread, its failure returned rather than thrown. */
    private SessionOutcome runOne(KieBase kieBase, CompiledRuleSet ruleSet, List<?> facts) {
        try {
            return new SessionOutcome(OneSession.run(kieBase, ruleSet, facts, limits), null);
        } catch (EvaluationAborted e) {
            return new SessionOutcome(null, e);
        }
    }

    private static List<SessionOutcome> finished(Future<List<SessionOutcome>> session) {
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
