package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assessor.Fixture;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

/**
 * A rule set must conclude the same from the same answers however often it has run. Drools
 * compiles a constraint to bytecode after it has been evaluated a few times, and the compiled
 * form does not compare {@code NaN} as Java does; answer facts therefore never carry one (a
 * not-applicable answer is a fact of its own). Found with an agreement question answered
 * not-applicable, which turned negative from about the twentieth evaluation on.
 */
class RepeatedEvaluationTest {
    private final Fixture fixture = Fixture.get();

    @Test
    void aNotApplicableAgreementAnswerRatesTheSameOnTheFirstEvaluationAndTheHundredth() {
        Submission submission = fixture.submission("""
                {'questionnaireId': 'demo', 'site': {'id': 'a'}, 'answers': {'1.1.b.1': 'not-applicable',
                 '1.2.a.1': 'no', '1.1.c.1': 2, '1.1.c.2': 'quality'}}
                """);
        List<String> ratings = new ArrayList<>();
        for (int run = 0; run < 100; run++) {
            AssessmentResult result = fixture.evaluator.evaluate(submission);
            ratings.add(result.criterion("1.1.b").orElseThrow().rating().code() + " "
                    + result.criterion("1.2.a").orElseThrow().rating().code() + " "
                    + result.criterion("1.1.c").orElseThrow().rating().code());
        }
        assertThat(ratings).containsOnly("not-applicable not-met met");
    }
}
