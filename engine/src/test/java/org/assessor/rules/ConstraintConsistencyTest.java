package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assessor.rules.fact.AnswerFact;
import org.assessor.rules.fact.AnswerLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule set must conclude the same from the same facts however often it has run. Drools
 * compiles a constraint to bytecode after it has been evaluated a number of times, and the
 * compiled form compares a missing number ({@code NaN}, as in the answer facts of
 * not-applicable answers) differently from the interpreted form: an agreement question answered
 * not-applicable was classified negative from about the twentieth evaluation on.
 */
class ConstraintConsistencyTest {
    private static final String RULES = """
            package assessor.rules;
            import org.assessor.rules.fact.*;
            rule "classify: disagree (2) or strongly disagree (1) is negative"
            when
                $a : AnswerFact( type == "agreement", number <= 2 )
            then
                insertLogical( AnswerLevel.of( $a, Level.NEGATIVE ) );
            end
            rule "classify: agree (4) or strongly agree (5) is positive"
            when
                $a : AnswerFact( type == "agreement", number >= 4 )
            then
                insertLogical( AnswerLevel.of( $a, Level.POSITIVE ) );
            end
            """;
    private static final String MANIFEST = """
            {"questionnaireId": "demo", "version": "0.0.1", "questionnaireVersion": "1.0.0",
             "date": "2026-11-21", "notes": "constraint consistency"}
            """;

    private static CompiledRuleSet compiled;
    private final RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);

    @BeforeAll
    static void compile() {
        compiled = new RuleSetCompiler(RuleFileGuard.NONE).compile(RuleSetSource.of(Map.of(
                "manifest.json", MANIFEST.getBytes(StandardCharsets.UTF_8),
                "10-classify.drl", RULES.getBytes(StandardCharsets.UTF_8))));
    }

    @AfterAll
    static void dispose() {
        compiled.dispose();
    }

    @Test
    void aNotApplicableAnswerMatchesNoComparisonOnTheFirstEvaluationOrTheHundredth() {
        AnswerFact notApplicable = new AnswerFact("r1", "q1", "c1", "agreement", "not-applicable", Double.NaN);
        AnswerFact disagree = new AnswerFact("r1", "q2", "c1", "agreement", "2", 2);
        List<String> levelsOfNotApplicable = new ArrayList<>();
        List<String> levelsOfDisagree = new ArrayList<>();
        for (int run = 0; run < 100; run++) {
            Outcomes outcomes = runner.run(compiled, List.of(notApplicable, disagree));
            for (AnswerLevel level : outcomes.all(AnswerLevel.class)) {
                (level.questionId().equals("q1") ? levelsOfNotApplicable : levelsOfDisagree)
                        .add(level.level().name());
            }
        }
        assertThat(levelsOfNotApplicable).as("levels concluded for a not-applicable answer").isEmpty();
        assertThat(levelsOfDisagree).hasSize(100).containsOnly("NEGATIVE");
    }
}
