package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.assessor.Evaluations;
import org.assessor.Fixture;
import org.assessor.agreement.Agreement;
import org.assessor.agreement.RoleGroup;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.StandardResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetInvalid;
import org.junit.jupiter.api.Test;

/**
 * Agreement between respondents as results carry it: computed from the respondent ratings the
 * real rules conclude, flagged below the rule set's policy value, and absent where there is
 * nothing to agree on. It never changes a rating.
 */
class AgreementAssemblyTest {
    private static final String ALL_YES = "'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, "
            + "'1.1.c.2': 'quality', '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', "
            + "'2.1.c.1': 'yes'";
    /** All yes but 1.1.a, which this respondent answers no throughout. */
    private static final String DOUBTS_1_1_A = ALL_YES.replace("'1.1.a.1': 'yes', '1.1.a.2': 'yes'",
            "'1.1.a.1': 'no', '1.1.a.2': 'no'");
    private static final String THREE_RESPONDENTS = "{'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'respondents': ["
            + "{'id': 'b1', 'role': 'board', 'answers': {" + ALL_YES + "}},"
            + "{'id': 'm1', 'role': 'senior-manager', 'answers': {" + ALL_YES + "}},"
            + "{'id': 's1', 'role': 'frontline-staff', 'answers': {" + DOUBTS_1_1_A + "}}]}";

    private static AssessmentResult evaluate(CompiledRuleSet ruleSet, String json) {
        return Evaluations.evaluate(ruleSet, null, "2026-03-01", json);
    }

    @Test
    void aCriterionOnWhichOneRespondentOfThreeDissentsIsFlaggedWithItsSpreadAndRoles() {
        AssessmentResult result = evaluate(Evaluations.demo(), THREE_RESPONDENTS);
        CriterionResult split = result.criterion("1.1.a").orElseThrow();

        // ranks 2, 2, 0 on three levels: s² = 4/3, σ²_EU = 2/3, r_wg = 1 - 2 → clamped to 0
        assertThat(split.respondents()).extracting(r -> r.rating().code()).containsExactly("met", "met", "not-met");
        Agreement a = split.agreement();
        assertThat(a.index()).isEqualTo(0.0);
        assertThat(a.low()).isTrue();
        assertThat(a.rated()).isEqualTo(3);
        assertThat(a.spread()).containsExactly(Map.entry(Rating.MET, 2), Map.entry(Rating.PARTLY_MET, 0),
                Map.entry(Rating.NOT_MET, 1));
        assertThat(a.byRole()).containsExactly(new RoleGroup("board", 1, Rating.MET),
                new RoleGroup("senior-manager", 1, Rating.MET), new RoleGroup("frontline-staff", 1, Rating.NOT_MET));
        assertThat(result.criterion("1.1.b").orElseThrow().agreement().index()).isEqualTo(1.0);
    }

    @Test
    void aStandardAveragesItsCriteriaAndIsFlaggedBelowTheThreshold() {
        AssessmentResult result = evaluate(Evaluations.demo(), THREE_RESPONDENTS);

        // 1.1: criteria 0, 1, 1 → 2/3 → 0.67, below 0.7; the others agree fully
        assertThat(result.standard("1.1").orElseThrow().agreement()).isEqualTo(new StandardAgreement(0.67, true, 3));
        assertThat(result.standard("1.2").orElseThrow().agreement()).isEqualTo(new StandardAgreement(1.0, false, 2));
        assertThat(result.lowAgreement()).extracting(StandardResult::id).containsExactly("1.1");
        assertThat(result.agreementLowBelow()).isEqualTo(Agreement.DEFAULT_LOW_BELOW);
    }

    @Test
    void agreementChangesNoRating() {
        AssessmentResult three = evaluate(Evaluations.demo(), THREE_RESPONDENTS);

        // two of three rate 1.1.a met: the majority rule decides, whatever the agreement
        assertThat(three.criterion("1.1.a").orElseThrow().rating()).isEqualTo(Rating.MET);
        assertThat(three.standard("1.1").orElseThrow().rating()).isEqualTo(Rating.MET);
    }

    @Test
    void theThresholdIsTheRuleSetsPolicyValue() throws IOException {
        String policy = Files.readString(Fixture.path("fixture/rules/demo/1.0.0/policy.csv"), StandardCharsets.UTF_8);
        CompiledRuleSet lenient = Evaluations.variant("1.0.1", Map.of("policy.csv",
                policy + "agreement low below,0.6,Flag agreement below 0.6.\n"));

        AssessmentResult result = evaluate(lenient, THREE_RESPONDENTS);

        assertThat(result.agreementLowBelow()).isEqualTo(0.6);
        assertThat(result.standard("1.1").orElseThrow().agreement()).isEqualTo(new StandardAgreement(0.67, false, 3));
        assertThat(result.criterion("1.1.a").orElseThrow().agreement().low()).isTrue();
        assertThat(result.lowAgreement()).isEmpty();
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedWhenTheRuleSetCompiles() throws IOException {
        String policy = Files.readString(Fixture.path("fixture/rules/demo/1.0.0/policy.csv"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Evaluations.variant("1.0.2", Map.of("policy.csv",
                policy + "agreement low below,1.5,Out of range.\n")))
                .isInstanceOf(RuleSetInvalid.class)
                .satisfies(e -> assertThat(((RuleSetInvalid) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("policy.csv");
                    assertThat(p.message()).isEqualTo("'agreement low below' is an agreement index from 0 to 1, not 1.5");
                }));
    }

    @Test
    void aSingleRespondentAndAPeerReviewCarryNoAgreement() {
        AssessmentResult single = evaluate(Evaluations.demo(),
                "{'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'answers': {" + ALL_YES + "}}");
        AssessmentResult peer = Evaluations.demoPeer(Evaluations.demo(), null, "swl", null, "2026-03-01",
                "MPN MP NMM");

        for (AssessmentResult r : List.of(single, peer)) {
            assertThat(r.agreementLowBelow()).isNull();
            assertThat(r.standards()).allSatisfy(s -> {
                assertThat(s.agreement()).isNull();
                assertThat(s.criteria()).allSatisfy(c -> assertThat(c.agreement()).isNull());
            });
        }
    }

    @Test
    void aCriterionOnlyOneRespondentCouldRateHasASpreadButNoIndex() {
        String skipsStandard21 = ALL_YES.replace(", '2.1.a.1': 'yes', '2.1.b.1': 'yes', '2.1.c.1': 'yes'", "");
        AssessmentResult result = evaluate(Evaluations.demo(), "{'questionnaireId': 'demo', 'site': {'id': 'swl'},"
                + " 'respondents': [{'role': 'board', 'answers': {" + ALL_YES + "}},"
                + " {'role': 'partner', 'answers': {" + skipsStandard21 + "}}]}");
        Agreement a = result.criterion("2.1.a").orElseThrow().agreement();

        assertThat(a.rated()).isEqualTo(1);
        assertThat(a.index()).isNull();
        assertThat(a.low()).isFalse();
        assertThat(result.standard("2.1").orElseThrow().agreement()).isNull();
        assertThat(result.standard("1.1").orElseThrow().agreement()).isEqualTo(new StandardAgreement(1.0, false, 3));
    }
}
