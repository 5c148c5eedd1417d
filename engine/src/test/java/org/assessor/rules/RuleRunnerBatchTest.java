package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.assessor.RuleSetFiles;
import org.assessor.rules.fact.SubmissionFact;
import org.junit.jupiter.api.Test;

/**
 * Many small sessions handed to a runner's thread at once ({@link RuleRunner#runEach}): each has
 * its own limits and its own hard stop, and one that fails fails alone.
 */
class RuleRunnerBatchTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(RuleFileGuard.NONE);

    /** The demo rule set, plus a rule that waits {@code respondents} tenths of a second and one that divides by it. */
    private CompiledRuleSet waitsAndDivides() {
        return compiler.compile(RuleSetFiles.demo().with("60-wait.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "waits a tenth of a second per respondent"
                when
                    SubmissionFact( questionnaireId == "wait", $n : respondents )
                then
                    try { Thread.sleep( 100L * $n ); } catch ( InterruptedException e ) { }
                end

                rule "divides by the respondents"
                when
                    SubmissionFact( questionnaireId == "divide", $n : respondents )
                then
                    insert( new SubmissionFact( "x", "y", 10 / $n ) );
                end
                """).source());
    }

    @Test
    void eachSessionConcludesWhatItWouldAloneInOrderAndOneThatThrowsFailsAlone() {
        CompiledRuleSet ruleSet = waitsAndDivides();
        RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);
        List<List<?>> factLists = List.of(List.of(new SubmissionFact("divide", "self", 2)),
                List.of(new SubmissionFact("divide", "self", 0)), List.of(),
                List.of(new SubmissionFact("divide", "self", 5)));

        List<SessionOutcome> ran = runner.runEach(ruleSet, factLists);

        assertThat(ran).hasSize(4);
        assertThat(ran.get(1).aborted()).hasMessageContaining("rule \"divides by the respondents\"")
                .hasMessageContaining("ArithmeticException");
        for (int i : new int[] {0, 2, 3}) {
            Outcomes alone = runner.run(ruleSet, factLists.get(i));
            assertThat(ran.get(i).orThrow().all(SubmissionFact.class)).as("session %d", i)
                    .containsExactlyInAnyOrderElementsOf(alone.all(SubmissionFact.class));
            assertThat(ran.get(i).orThrow().firings()).isEqualTo(alone.firings());
        }
        assertThat(runner.runEach(ruleSet, List.of())).isEmpty();
    }

    @Test
    void theHardStopCountsFromEachSessionsStartNotTheBatchs() {
        CompiledRuleSet ruleSet = waitsAndDivides();
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofMillis(200)));
        List<SubmissionFact> sevenTenths = List.of(new SubmissionFact("wait", "self", 7));

        List<SessionOutcome> ran = runner.runEach(ruleSet, List.of(sevenTenths, sevenTenths, sevenTenths));

        assertThat(ran).as("2.1 s in all, each session within its hard stop of 1.2 s")
                .allSatisfy(outcome -> assertThat(outcome.aborted()).isNull());
        assertThat(runner.abandoned()).isZero();
    }

    @Test
    void aSessionPastItsHardStopIsAbandonedAndTheRunnerGoesOn() throws Exception {
        CompiledRuleSet ruleSet = waitsAndDivides();
        RuleRunner runner = new RuleRunner(new EvaluationLimits(5_000, Duration.ofMillis(200)));
        List<SubmissionFact> quick = List.of(new SubmissionFact("wait", "self", 1));
        List<SubmissionFact> tooLong = List.of(new SubmissionFact("wait", "self", 25));

        assertThatThrownBy(() -> runner.runEach(ruleSet, List.of(quick, tooLong, quick)))
                .isInstanceOf(EvaluationAborted.class)
                .hasMessageContaining("did not finish within 1200 ms and was abandoned");
        assertThat(runner.abandoned()).isEqualTo(1);
        assertThat(runner.runEach(ruleSet, List.of(quick, quick))).hasSize(2);
        for (int i = 0; i < 60 && runner.abandoned() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(runner.abandoned()).as("the abandoned session ended and was counted off").isZero();
    }
}
