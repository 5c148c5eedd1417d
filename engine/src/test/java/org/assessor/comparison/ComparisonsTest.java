package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assessor.Evaluations.demo;
import static org.assessor.Evaluations.demoPeer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.Evaluations;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
    private static final ComparisonFilter DEMO = ComparisonFilter.of("demo");

    private final AssessmentResult swl = demoPeer(demo(), "a-swl", "swl", "baseline", "2026-03-01", "MMM MM MMM");
    private final AssessmentResult lpt = demoPeer(demo(), "a-lpt", "lpt", "baseline", "2026-03-02", "MPN PP MMM");
    private final AssessmentResult swy = demoPeer(demo(), "a-swy", "swy", "baseline", "2026-03-03", "NNN NN NNP");

    @Test
    void theMatrixHasOneRowPerAssessmentWithEachStandardsRatingFromTheRealRuleSet() {
        Comparison c = Comparisons.compare(List.of(swy, swl, lpt), DEMO);

        assertThat(c.questionnaire().id()).isEqualTo("demo");
        assertThat(c.ruleSet().version()).isEqualTo("1.0.0");
        assertThat(c.matrix()).extracting(r -> r.site().id()).containsExactly("lpt", "swl", "swy");
        assertThat(c.matrix()).extracting(MatrixRow::assessment).containsExactly("a-lpt", "a-swl", "a-swy");
        MatrixRow lptRow = c.matrix().get(0);
        assertThat(lptRow.ratings()).containsExactly(Map.entry("1.1", Rating.PARTLY_MET),
                Map.entry("1.2", Rating.PARTLY_MET), Map.entry("2.1", Rating.MET));
        assertThat(c.matrix().get(2).ratings()).containsOnly(Map.entry("1.1", Rating.NOT_MET),
                Map.entry("1.2", Rating.NOT_MET), Map.entry("2.1", Rating.NOT_MET));
        assertThat(lptRow.criteria().get("1.1").get(Rating.NOT_MET)).isEqualTo(1);
        assertThat(c.standards()).extracting(PooledItem::id).containsExactly("1.1", "1.2", "2.1");
        assertThat(c.sections()).extracting(PooledItem::id).containsExactly("1", "2");
    }

    @Test
    void standardLevelCountsEachAssessmentsRatingAndCriterionLevelPoolsEveryCriterion() {
        Comparison c = Comparisons.compare(List.of(swl, lpt, swy), DEMO);

        PooledItem s11 = c.standard("1.1").orElseThrow();
        assertThat(counts(s11.standardLevel())).containsExactly(1, 1, 1, 0, 0);
        assertThat(counts(s11.criterionLevel())).containsExactly(4, 1, 4, 0, 0);
        assertThat(s11.criterionLevel().percent(Rating.MET)).contains(new BigDecimal("44.4"));
        assertThat(s11.criterionLevel().wholePercent(Rating.MET)).hasValue(44);

        PooledItem preconditions = c.section("1").orElseThrow();
        assertThat(counts(preconditions.standardLevel())).containsExactly(2, 2, 2, 0, 0);
        assertThat(counts(preconditions.criterionLevel())).containsExactly(6, 3, 6, 0, 0);
    }

    @Test
    void theOverallIsPooledFromCountsNotAveragedOverStandards() {
        // 2.1 has three criteria and 1.2 two: a mean of the standards' percentages weighs them alike.
        Comparison c = Comparisons.compare(List.of(swl, lpt, swy), DEMO);

        Pooled criteria = c.overall().criterionLevel();
        assertThat(counts(criteria)).containsExactly(12, 4, 8, 0, 0);
        assertThat(criteria.percent(Rating.MET)).contains(new BigDecimal("50.0"));
        assertThat(c.standards()).extracting(s -> s.criterionLevel().percent(Rating.MET).orElseThrow())
                .containsExactly(new BigDecimal("44.4"), new BigDecimal("33.3"), new BigDecimal("66.7"));
        double meanOfStandards = (44.4 + 33.3 + 66.7) / 3;
        assertThat(criteria.percent(Rating.MET).orElseThrow().doubleValue()).isNotEqualTo(meanOfStandards);

        Pooled standards = c.overall().standardLevel();
        assertThat(counts(standards)).containsExactly(4, 2, 3, 0, 0);
        assertThat(standards.percent()).containsExactly(Map.entry(Rating.NOT_MET, new BigDecimal("33.3")),
                Map.entry(Rating.PARTLY_MET, new BigDecimal("22.2")), Map.entry(Rating.MET, new BigDecimal("44.4")));
        assertThat(standards.wholePercent(Rating.MET)).hasValue(44);
    }

    @Test
    void notApplicableAndNotRatedAreCountedButLeftOutOfEveryDenominator() {
        AssessmentResult gaps = demoPeer(demo(), "a-gaps", "ssht", null, "2026-03-04", "MXR MM MMX");
        Comparison c = Comparisons.compare(List.of(gaps), DEMO);

        Pooled s11 = c.standard("1.1").orElseThrow().criterionLevel();
        assertThat(s11.counts().get(Rating.NOT_APPLICABLE)).isEqualTo(1);
        assertThat(s11.counts().get(Rating.NOT_RATED)).isEqualTo(1);
        assertThat(s11.rated()).isEqualTo(1);
        assertThat(s11.percent(Rating.MET)).contains(new BigDecimal("100.0"));
        assertThat(c.standard("2.1").orElseThrow().criterionLevel().percent(Rating.MET))
                .contains(new BigDecimal("100.0"));
    }

    @Test
    void nothingRatedGivesCountsButNoPercentage() {
        Comparison c = Comparisons.compare(List.of(demoPeer(demo(), "a-x", "swl", null, "2026-03-01",
                "XXX XX XXX")), DEMO);

        Pooled overall = c.overall().standardLevel();
        assertThat(overall.counts().get(Rating.NOT_APPLICABLE)).isEqualTo(3);
        assertThat(overall.percent()).isEmpty();
        assertThat(overall.wholePercent(Rating.MET)).isEmpty();
    }

    @Test
    void mixingRuleSetVersionsIsRefusedNamingTheVersions() {
        AssessmentResult newer = demoPeer(Evaluations.demoAs("1.2.0"), "a-new", "swl", "follow-up", "2026-09-01",
                "MMM MM MMM");

        assertThatThrownBy(() -> Comparisons.compare(List.of(swl, newer, lpt), DEMO))
                .isInstanceOf(ComparisonMixesVersions.class)
                .hasMessageContaining("2 rule-set versions (1.0.0, 1.2.0)")
                .satisfies(e -> assertThat(((ComparisonMixesVersions) e).versions()).containsExactly("1.0.0", "1.2.0"));
    }

    @Test
    void theSameVersionNumberWithOtherContentIsAnotherVersion() {
        AssessmentResult altered = demoPeer(Evaluations.variant("1.0.0", Map.of("99-note.drl",
                "package assessor.rules;\n")), "a-alt", "lpt", null, "2026-03-05", "MMM MM MMM");

        assertThatThrownBy(() -> Comparisons.compare(List.of(swl, altered), DEMO))
                .isInstanceOf(ComparisonMixesVersions.class)
                .satisfies(e -> assertThat(((ComparisonMixesVersions) e).versions())
                        .allSatisfy(v -> assertThat(v).startsWith("1.0.0 (sha256:")));
    }

    @Test
    void mixedVersionsAreSplitIntoOneComparisonPerVersionWhenAsked() {
        AssessmentResult newer = demoPeer(Evaluations.demoAs("1.2.0"), "a-new", "swl", "follow-up", "2026-09-01",
                "MMM MM MMM");

        List<Comparison> each = Comparisons.compareEachVersion(List.of(newer, swl, lpt), DEMO);

        assertThat(each).extracting(c -> c.ruleSet().version()).containsExactly("1.0.0", "1.2.0");
        assertThat(each.get(0).matrix()).extracting(MatrixRow::assessment).containsExactly("a-lpt", "a-swl");
        assertThat(each.get(1).matrix()).extracting(MatrixRow::assessment).containsExactly("a-new");
        assertThat(Comparisons.compare(List.of(newer, swl, lpt), DEMO.ruleSetVersion("1.2.0")).matrix())
                .extracting(MatrixRow::assessment).containsExactly("a-new");
    }

    @Test
    void theFilterSelectsSitesDatesCyclesAndTheQuestionnaire() {
        AssessmentResult followUp = demoPeer(demo(), "a-swl-2", "swl", "follow-up", "2026-09-01", "MMM MM MMM");
        List<AssessmentResult> all = List.of(swl, lpt, swy, followUp);

        assertThat(ids(Comparisons.compare(all, DEMO.sites(Set.of("swl", "swy"))))).containsExactly("a-swl",
                "a-swl-2", "a-swy");
        assertThat(ids(Comparisons.compare(all, DEMO.between(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"))))).containsExactly("a-lpt", "a-swy");
        assertThat(ids(Comparisons.compare(all, DEMO.cycle("follow-up")))).containsExactly("a-swl-2");
        Comparison none = Comparisons.compare(all, ComparisonFilter.of("organisational-change"));
        assertThat(none.matrix()).isEmpty();
        assertThat(none.ruleSet()).isNull();
        assertThat(none.overall().standardLevel().rated()).isZero();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> DEMO.between(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-01")))
                .isInstanceOf(ComparisonFilterInvalid.class)
                .hasMessageContaining("ends (2026-04-01) before it starts (2026-05-01)")
                .extracting(e -> ((ComparisonFilterInvalid) e).field()).isEqualTo("to");
    }

    private static List<Integer> counts(Pooled pooled) {
        return List.of(pooled.counts().get(Rating.MET), pooled.counts().get(Rating.PARTLY_MET),
                pooled.counts().get(Rating.NOT_MET), pooled.counts().get(Rating.NOT_APPLICABLE),
                pooled.counts().get(Rating.NOT_RATED));
    }

    private static List<String> ids(Comparison c) {
        return c.matrix().stream().map(MatrixRow::assessment).toList();
    }
}
