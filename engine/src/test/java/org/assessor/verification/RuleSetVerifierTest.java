package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.Fixture;
import org.assessor.RuleSetFiles;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.sandbox.SandboxGuard;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetSource;
import org.junit.jupiter.api.Test;

class RuleSetVerifierTest {
    private final Fixture fixture = Fixture.get();
    private final RuleSetVerifier verifier = new RuleSetVerifier(fixture.questionnaires,
            new RuleSetCompiler(new SandboxGuard()), new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK);

    private Verification verify(RuleSetFiles files) {
        return verifier.verify(files.source(), true);
    }

    @Test
    void theFixtureRuleSetPassesEveryCheckAndItsOwnTests() {
        Verification v = verifier.verify(RuleSetSource.fromFolder(Fixture.path("fixture/rules/demo/1.0.0")), true);
        assertThat(v.allProblems()).isEmpty();
        assertThat(v.tests()).hasSize(2).allSatisfy(t -> assertThat(t.passed()).isTrue());
        assertThat(v.passed()).isTrue();
    }

    @Test
    void aRuleNamingACriterionTheQuestionnaireLacksIsReportedAtItsLine() {
        RuleSetFiles files = RuleSetFiles.demo().replace("20-rate-criteria.drl",
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75",
                "criterionId == \"1.2.x\", coverage >= 0.5, applicable > 0, share >= 0.75");
        int line = files.lineOf("20-rate-criteria.drl", "\"1.2.x\"");
        assertThat(verify(files).problems()).contains(RuleProblem.atLine("20-rate-criteria.drl", line,
                "names criterion '1.2.x', which questionnaire demo 1.0.0 does not have"));
    }

    @Test
    void aCriterionNoRuleCanRateIsAGap() {
        RuleSetFiles files = RuleSetFiles.demo();
        for (String rating : new String[] {"met", "partly-met", "not-met"}) {
            files.replace("20-rate-criteria.drl", "rule \"1.2.b " + rating + "\"\nwhen\n    $e : CriterionEvidence( criterionId == \"1.2.b\"",
                    "rule \"1.2.b " + rating + "\"\nwhen\n    $e : CriterionEvidence( criterionId == \"1.2.a\"");
        }
        assertThat(verify(files).problems()).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("gap: no rule rates criterion 1.2.b"));
    }

    @Test
    void aQuestionWhoseAnswersNoRuleClassifiesIsAGap() {
        RuleSetFiles files = RuleSetFiles.demo()
                .replace("10-classify.drl", "questionId == \"1.1.c.2\", value == \"quality\"", "questionId == \"1.1.c.2\", value == \"qualityy\"")
                .replace("10-classify.drl", "questionId == \"1.1.c.2\", value == \"policy\"", "questionId == \"1.1.c.2\", value == \"policyy\"")
                .replace("10-classify.drl", "questionId == \"1.1.c.2\", value == \"finance\"", "questionId == \"1.1.c.2\", value == \"financee\"");
        assertThat(verify(files).problems()).extracting(RuleProblem::message)
                .contains("gap: no rule classifies answers to question 1.1.c.2 (choice), so they never count towards"
                        + " criterion 1.1.c");
    }

    @Test
    void aStandardWithoutActionsWhenPartlyMetIsAGap() {
        RuleSetFiles files = RuleSetFiles.demo().replace("50-recommend.drl",
                "standardId == \"1.1\", rating == Rating.PARTLY_MET", "standardId == \"1.1\", rating == Rating.NOT_RATED");
        assertThat(verify(files).problems()).extracting(RuleProblem::message).contains(
                "gap: standard 1.1 is partly-met when every criterion is partly-met, but no rule recommends an action for it");
    }

    @Test
    void aFailingTestCaseRejectsTheRuleSetWithItsFile() {
        RuleSetFiles files = RuleSetFiles.demo().replace("40-roll-up.drl",
                "insertLogical( new CriticalCriterion( \"2.1.a\" ) );", "");
        Verification v = verify(files);
        assertThat(v.passed()).isFalse();
        assertThat(v.allProblems()).contains(RuleProblem.inFile("tests/critical-cap.json",
                "test case failed: expected standard 2.1 not-met, got partly-met"));
    }

    @Test
    void aTestCaseStatesOnWhichStandardsRespondentsAgreeTooLittle() {
        String respondents = "{\"respondents\": [{\"role\": \"board\", \"answers\": {}},"
                + " {\"role\": \"partner\", \"answers\": {}},"
                + " {\"role\": \"carer\", \"answers\": {\"1.1.a.1\": \"no\", \"1.1.a.2\": \"no\"}}]}";
        RuleSetFiles files = RuleSetFiles.demo()
                .with("tests/split.json", "{\"fill\": \"yes\", \"submission\": " + respondents
                        + ", \"expect\": {\"lowAgreement\": [\"1.1\"]}}")
                .with("tests/split-wrong.json", "{\"fill\": \"yes\", \"submission\": " + respondents
                        + ", \"expect\": {\"lowAgreement\": [\"2.1\"]}}");

        assertThat(verify(files).allProblems()).containsExactly(RuleProblem.inFile("tests/split-wrong.json",
                "test case failed: expected low agreement between respondents on standards [2.1], got [1.1]"));
    }

    @Test
    void aTestCaseWithAnInvalidSubmissionFailsWithThePointer() {
        RuleSetFiles files = RuleSetFiles.demo().with("tests/bad.json",
                "{\"submission\": {\"answers\": {\"1.1.a.1\": \"perhaps\"}}, \"expect\": {}}");
        assertThat(verify(files).allProblems()).contains(RuleProblem.inFile("tests/bad.json",
                "test case failed: submission /answers/1.1.a.1: expected \"yes\", \"partly\" or \"no\", not 'perhaps'"));
    }

    @Test
    void aManifestForAnUnknownQuestionnaireIsReportedOnTheManifest() {
        RuleSetFiles files = RuleSetFiles.demo().replace("manifest.json", "\"questionnaireVersion\": \"1.0.0\"",
                "\"questionnaireVersion\": \"2.0.0\"");
        assertThat(verify(files).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.message()).contains("has no version '2.0.0'");
        });
    }

    @Test
    void aConstraintThatThrowsOnTheProbesIsReportedAtItsRule() {
        RuleSetFiles files = RuleSetFiles.demo().with("60-throws.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "reads past the end of the mode"
                when
                    SubmissionFact( mode.substring( 10 ) == "x" )
                then
                    insertLogical( new RecommendedAction( "X", "1.1", Priority.HIGH, ActionLevel.TEAM, "t" ) );
                end
                """);

        assertThat(verify(files).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("60-throws.drl");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("evaluating probe submissions failed")
                    .contains("mode.substring(10) == \"x\"");
        });
    }
}
