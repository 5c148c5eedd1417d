package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assessor.RuleSetFiles;
import org.assessor.rules.fact.SubmissionFact;
import org.junit.jupiter.api.Test;

class RuleRunnerTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(RuleFileGuard.NONE);

    @Test
    void aRuleSetThatLoopsIsStoppedWithAClearError() {
        CompiledRuleSet looping = compiler.compile(RuleSetFiles.demo().with("60-loop.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "counts up for ever"
                when
                    $s : SubmissionFact( $n : respondents )
                then
                    insert( new SubmissionFact( $s.questionnaireId(), $s.mode(), $n + 1 ) );
                end
                """).source());
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofSeconds(10)));
        assertThatThrownBy(() -> runner.run(looping, List.of(new SubmissionFact("demo", "self", 0))))
                .isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("stopped after more than 5000 rule firings")
                .hasMessageContaining("\"counts up for ever\"");
    }

    /**
     * A rule whose one consequence works for a few seconds with no firing in between, which the
     * firing limit and the budget (checked between firings) cannot see. Possible only without
     * the guard; the hard stop is there for whatever the guard misses.
     */
    private CompiledRuleSet runsOnWithoutFiring() {
        return compiler.compile(RuleSetFiles.demo().with("60-runaway.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "works for seconds in one consequence"
                when
                    SubmissionFact()
                then
                    int[] depth = {0};
                    Runnable[] self = new Runnable[1];
                    self[0] = () -> { if (depth[0] < 29) { depth[0]++; self[0].run(); self[0].run(); depth[0]--; } };
                    self[0].run();
                end
                """).source());
    }

    @Test
    void workTheFiringCounterCannotSeeIsAbandonedAtTheHardStopAndTheRunnerGoesOn() throws Exception {
        CompiledRuleSet runaway = runsOnWithoutFiring();
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofMillis(200)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> runner.run(runaway, List.of(new SubmissionFact("demo", "self", 0))))
                .isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("did not finish within 1200 ms and was abandoned");
        long waited = (System.nanoTime() - start) / 1_000_000;

        assertThat(waited).as("the caller is answered at the hard stop, not when the rule ends").isLessThan(10_000);
        assertThat(runner.abandoned()).isEqualTo(1);
        assertThat(runner.run(demo, List.of()).firings()).isPositive();
        awaitNoneAbandoned(runner);
    }

    @Test
    void whileTooManyAbandonedEvaluationsRunNewOnesAreRefused() throws Exception {
        CompiledRuleSet runaway = runsOnWithoutFiring();
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofMillis(100)), 1);

        assertThatThrownBy(() -> runner.run(runaway, List.of(new SubmissionFact("demo", "self", 0))))
                .isInstanceOf(EvaluationAborted.class);
        assertThatThrownBy(() -> runner.run(demo, List.of())).isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("evaluations are refused: 1 earlier ones ran past their hard stop");
        awaitNoneAbandoned(runner);
        assertThat(runner.run(demo, List.of()).firings()).isPositive();
    }

    /**
     * A rule whose consequence sleeps for 3 s whatever happens, interrupts included: a session
     * that does not return in time, without using a core.
     */
    private CompiledRuleSet overrunsItsHardStop() {
        return compiler.compile(RuleSetFiles.demo().with("60-sleeps.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "sleeps for 3 s"
                when
                    SubmissionFact()
                then
                    long end = System.nanoTime() + 3000000000L;
                    while (System.nanoTime() - end < 0) {
                        try { Thread.sleep(50); } catch (InterruptedException e) { }
                    }
                end
                """).source());
    }

    @Test
    void aBurstQueuesForTheSessionsAndOnlyAFullQueueIsRefusedAsBusy() throws Exception {
        CompiledRuleSet stuck = overrunsItsHardStop();
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofMillis(300)),
                new RunnerCapacity("test-rules", 1, 1, Duration.ofSeconds(60), 4, 3));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = callers.submit(() -> runner.run(stuck, List.of(new SubmissionFact("demo", "self", 0))));
            Future<Outcomes> queued = callers.submit(() -> runner.run(demo, List.of()));
            for (int i = 0; i < 600 && runner.waiting() < 1; i++) {
                Thread.sleep(10);
            }
            assertThat(runner.waiting()).as("the second evaluation waits for the one session").isEqualTo(1);

            assertThatThrownBy(() -> runner.run(demo, List.of())).isInstanceOfSatisfying(EvaluationsBusy.class,
                    e -> assertThat(e.retryAfterSeconds()).isEqualTo(3))
                    .hasMessageContaining("all 1 of its sessions are running and 1 more evaluations are waiting");

            assertThatThrownBy(holder::get).hasCauseInstanceOf(EvaluationAborted.class)
                    .hasMessageContaining("did not finish within 1300 ms and was abandoned");
            assertThat(queued.get().firings())
                    .as("the queued evaluation waited longer than its own hard stop, yet ran: the hard stop counts "
                            + "from when a session starts running")
                    .isPositive();
            awaitNoneAbandoned(runner);
            assertThat(runner.run(demo, List.of()).firings()).isPositive();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void runnersShareNeitherSessionsNorCircuitBreaker() throws Exception {
        CompiledRuleSet stuck = overrunsItsHardStop();
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        EvaluationLimits limits = new EvaluationLimits(5_000, Duration.ofMillis(100));
        RuleRunner drafts = new RuleRunner(limits, new RunnerCapacity("test-drafts", 1, 0, Duration.ZERO, 1, 5));
        RuleRunner live = new RuleRunner(limits, new RunnerCapacity("test-live", 1, 0, Duration.ZERO, 1, 2));

        assertThatThrownBy(() -> drafts.run(stuck, List.of(new SubmissionFact("demo", "self", 0))))
                .isInstanceOf(EvaluationAborted.class);
        assertThatThrownBy(() -> drafts.run(demo, List.of())).isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("evaluations are refused");
        assertThat(live.run(demo, List.of()).firings()).as("the live runner is untouched").isPositive();
        assertThat(live.abandoned()).isZero();
        awaitNoneAbandoned(drafts);
    }

    private static void awaitNoneAbandoned(RuleRunner runner) throws InterruptedException {
        for (int i = 0; i < 600 && runner.abandoned() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(runner.abandoned()).as("the abandoned evaluation ended and was counted off").isZero();
    }

    @Test
    void aConsequenceThatThrowsNamesItsRule() {
        CompiledRuleSet throwing = compiler.compile(RuleSetFiles.demo().with("60-throw.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "divides by zero"
                when
                    SubmissionFact( $n : respondents )
                then
                    insert( new SubmissionFact( "x", "y", 10 / $n ) );
                end
                """).source());
        RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);
        assertThatThrownBy(() -> runner.run(throwing, List.of(new SubmissionFact("demo", "self", 0))))
                .isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("rule \"divides by zero\"")
                .hasMessageContaining("ArithmeticException");
    }

    @Test
    void outcomesHoldOnlyWhatStillStandsWithTheRuleThatConcludedIt() {
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        Outcomes outcomes = new RuleRunner(EvaluationLimits.DEFAULT).run(demo, List.of());
        assertThat(outcomes.all(org.assessor.rules.fact.CriticalCriterion.class)).singleElement()
                .satisfies(c -> assertThat(outcomes.ruleOf(c))
                        .isEqualTo("2.1.a is critical: costs must be considered before the change starts"));
        assertThat(outcomes.firings()).isPositive();
    }
}
