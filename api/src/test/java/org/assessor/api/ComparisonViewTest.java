package org.assessor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assessor.Evaluations;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.ComparisonCsv;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.Comparisons;
import org.assessor.comparison.Table5Reviews;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class ComparisonViewTest {

    @Test
    void theTable5ComparisonHasTheContractsFieldsPooledCountsAndOneDecimalPercentages() {
        Comparison c = Comparisons.compare(Table5Reviews.reviews(), ComparisonFilter.of("organisational-change"));

        JsonNode json = ApiJson.mapper().valueToTree(ComparisonView.of(c));

        assertThat(json.at("/questionnaire/id").asText()).isEqualTo("organisational-change");
        assertThat(json.at("/ruleSet/id").asText()).isEqualTo("organisational-change");
        assertThat(json.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(json.get("matrix")).hasSize(15);
        assertThat(json.at("/matrix/0/site/id").asText()).isEqualTo("lpt-1");
        assertThat(json.at("/matrix/0/assessment").asText()).startsWith("review-");
        assertThat(json.at("/matrix/0/ratings/4.1").asText()).isIn("partly-met", "not-met");
        assertThat(json.at("/standards/0/id").asText()).isEqualTo("1.1");
        assertThat(json.at("/standards/0/criterionLevel/counts/met").asInt()).isEqualTo(14);
        assertThat(json.at("/standards/0/criterionLevel/rated").asInt()).isEqualTo(75);
        assertThat(json.at("/standards/0/criterionLevel/percent/met").decimalValue()).isEqualByComparingTo("18.7");
        assertThat(json.at("/standards/7/criterionLevel/counts/not-applicable").asInt()).isEqualTo(2);
        assertThat(json.at("/standards/7/criterionLevel/percent/met").decimalValue()).isEqualByComparingTo("29.3");
        assertThat(json.at("/sections/0/standardLevel/rated").asInt()).isEqualTo(30);
        JsonNode overall = json.at("/overall/standardLevel");
        assertThat(overall.at("/counts/met").asInt()).isEqualTo(35);
        assertThat(overall.at("/counts/partly-met").asInt()).isEqualTo(102);
        assertThat(overall.at("/counts/not-met").asInt()).isEqualTo(28);
        assertThat(overall.at("/percent/met").decimalValue()).isEqualByComparingTo("21.2");
        assertThat(overall.at("/percent/partly-met").decimalValue()).isEqualByComparingTo("61.8");
        assertThat(overall.at("/percent/not-met").decimalValue()).isEqualByComparingTo("17.0");
        assertThat(overall.get("percent").has("not-applicable")).isFalse();
        assertThat(json.has("readiness")).isFalse();
        assertThat(json.get("changes")).isEmpty();
    }

    @Test
    void readinessChangesAndGapsUseTheWireFormsAndAnEmptyComparisonHasNoRuleSet() {
        List<AssessmentResult> results = List.of(
                Evaluations.demoPeer(Evaluations.demoWithReadiness(), "b1", "swl", "baseline", "2026-03-01",
                        "MPN PP MMM"),
                Evaluations.demoPeer(Evaluations.demoWithReadiness(), "f1", "swl", "follow-up", "2026-09-01",
                        "MMM MM NMM"));

        JsonNode json = ApiJson.mapper().valueToTree(ComparisonView.of(Comparisons.compare(results,
                ComparisonFilter.of("demo"))));

        assertThat(json.at("/readiness/placements/pilot").asInt()).isEqualTo(1);
        assertThat(json.at("/readiness/sites/0/verdict").asText()).isEqualTo("ready-with-conditions");
        assertThat(json.at("/readiness/sites/0/assessment").asText()).isEqualTo("f1");
        assertThat(json.at("/matrix/1/readiness/placement").asText()).isEqualTo("pilot");
        assertThat(json.at("/changes/2/from").asText()).isEqualTo("met");
        assertThat(json.at("/changes/2/to").asText()).isEqualTo("not-met");
        assertThat(json.at("/changes/2/steps").asInt()).isEqualTo(-2);
        JsonNode none = ApiJson.mapper().valueToTree(ComparisonView.of(Comparisons.compare(results,
                ComparisonFilter.of("organisational-change"))));
        assertThat(none.has("ruleSet")).isFalse();
        assertThat(none.at("/overall/standardLevel/percent")).isEmpty();
        assertThat(ComparisonCsv.toCsv(Comparisons.compare(results, ComparisonFilter.of("demo"))).lines())
                .hasSize(1 + 2 * 3);
    }
}
