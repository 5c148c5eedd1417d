package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.Fixture;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.rules.fact.Rating;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private final Fixture fixture = Fixture.get();

    @Test
    void everyAnswerPositiveMeetsEveryStandard() {
        AssessmentResult result = fixture.evaluate("""
                {'questionnaireId': 'demo', 'site': {'id': 'swl', 'name': 'South West London'},
                 'answers': {'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, '1.1.c.2': 'quality',
                             '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', '2.1.c.1': 'yes'}}
                """);
        System.out.println(result);
        assertThat(result.overall().rating()).isEqualTo(Rating.MET);
        assertThat(result.standards()).allSatisfy(s -> assertThat(s.rating()).isEqualTo(Rating.MET));
        assertThat(result.actions()).isEmpty();
        CriterionResult crisis = result.criterion("1.1.a").orElseThrow();
        assertThat(crisis.reasons().get(0).rule()).isEqualTo("1.1.a met");
        assertThat(crisis.reasons().get(0).answers()).extracting(a -> a.question()).containsExactly("1.1.a.1", "1.1.a.2");
    }
}
