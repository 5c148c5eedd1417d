package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.Fixture;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetSource;
import org.junit.jupiter.api.Test;

class RuleSetVerifierTest {
    private final Fixture fixture = Fixture.get();
    private final RuleSetVerifier verifier = new RuleSetVerifier(fixture.questionnaires,
            new RuleSetCompiler(RuleFileGuard.NONE), new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK);

    @Test
    void theFixtureRuleSetPassesEveryCheckAndItsOwnTests() {
        Verification v = verifier.verify(RuleSetSource.fromFolder(Fixture.path("fixture/rules/demo/1.0.0")), true);
        System.out.println(v.allProblems());
        System.out.println(v.tests());
        assertThat(v.passed()).isTrue();
    }
}
