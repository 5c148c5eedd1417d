package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
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
        looping.dispose();
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
        throwing.dispose();
    }

    @Test
    void outcomesHoldOnlyWhatStillStandsWithTheRuleThatConcludedIt() {
        CompiledRuleSet demo = compiler.compile(RuleSetFiles.demo().source());
        Outcomes outcomes = new RuleRunner(EvaluationLimits.DEFAULT).run(demo, List.of());
        assertThat(outcomes.all(org.assessor.rules.fact.CriticalCriterion.class)).singleElement()
                .satisfies(c -> assertThat(outcomes.ruleOf(c))
                        .isEqualTo("2.1.a is critical: costs must be considered before the change starts"));
        assertThat(outcomes.firings()).isPositive();
        demo.dispose();
    }
}
