package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assessor.Fixture;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.Outcomes;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.fact.CriterionRating;
import org.assessor.rules.fact.RecommendedAction;
import org.assessor.rules.fact.StandardRating;
import org.junit.jupiter.api.Test;

/**
 * Outcomes are inserted logically, so what the rules conclude must not depend on the order in
 * which facts arrive (and hence rules fire). Shuffles the input facts of a multi-respondent
 * submission many times and compares the conclusions.
 */
class OrderIndependenceTest {
    private final Fixture fixture = Fixture.get();

    @Test
    void shufflingTheInputFactsNeverChangesTheConclusions() {
        Submission submission = fixture.submission("""
                {'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'respondents': [
                  {'role': 'board', 'answers': {'1.1.a.1': 'yes', '1.1.b.1': 2, '1.2.a.1': 'yes', '2.1.a.1': 'partly',
                    '2.1.b.1': 'yes', '1.1.c.1': 3, '1.1.c.2': 'quality'}},
                  {'role': 'frontline-staff', 'answers': {'1.1.a.1': 'no', '1.1.b.1': 4, '1.2.a.1': 'no',
                    '2.1.a.1': 'yes', '2.1.c.1': 'not-applicable', '1.2.b.1': 'partly'}},
                  {'role': 'service-user', 'answers': {'1.1.a.1': 'partly', '1.2.a.1': 'yes', '2.1.b.1': 'no'}}]}
                """);
        CompiledRuleSet ruleSet = fixture.ruleSets.active("demo");
        List<Object> facts = new ArrayList<>(new SubmissionFacts().of(fixture.questionnaires.latest("demo"), submission));
        RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);
        String expected = conclusions(runner.run(ruleSet, facts));
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(facts, random);
            assertThat(conclusions(runner.run(ruleSet, facts))).as("shuffle %d", i).isEqualTo(expected);
        }
        AssessmentResult result = fixture.evaluator.evaluate(submission);
        assertThat(result.standard("2.1").orElseThrow().rating().code()).isEqualTo("partly-met");
    }

    private static String conclusions(Outcomes outcomes) {
        List<String> lines = new ArrayList<>();
        outcomes.all(CriterionRating.class).forEach(c -> lines.add(c.toString()));
        outcomes.all(StandardRating.class).forEach(s -> lines.add(s.toString()));
        outcomes.all(RecommendedAction.class).forEach(a -> lines.add(a.id()));
        Collections.sort(lines);
        return String.join("\n", lines);
    }
}
