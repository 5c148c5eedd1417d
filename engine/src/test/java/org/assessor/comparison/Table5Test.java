package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assessor.comparison.Table5Reviews.DESIGN;
import static org.assessor.comparison.Table5Reviews.TABLE_5;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Standard;
import org.assessor.result.StandardResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-MHIP Table 5 (mhip-standards.md §2.2, test vectors TV1–TV4), reproduced end to end: the 15
 * workstream peer reviews of {@link Table5Reviews} rate every criterion of the
 * organisational-change questionnaire; the real rule set, run by the real Drools, rolls them up
 * to standard ratings (critical criteria 2.4.a and 3.1.a capping their standards); the comparison
 * pools the counts.
 */
class Table5Test {
    private static Comparison table5;

    @BeforeAll
    static void compareTheFifteenWorkstreams() {
        table5 = Comparisons.compare(Table5Reviews.reviews(), ComparisonFilter.of("organisational-change"));
    }

    @Test
    void theDesignRatesEveryCriterionOfTheQuestionnaire() {
        Map<String, Standard> standards = Table5Reviews.questionnaires().get("organisational-change", Table5Reviews.VERSION)
                .standards();
        assertThat(standards.keySet()).containsExactlyElementsOf(TABLE_5.keySet());
        DESIGN.forEach((id, row) -> assertThat(row.split(" ")).hasSize(15)
                .allSatisfy(w -> assertThat(w).hasSize(standards.get(id).criteria().size())));
    }

    @Test
    void everyStandardsShareOfFullyMetCriteriaIsTable5() {
        Map<String, Integer> percentMet = new LinkedHashMap<>();
        table5.standards().forEach(s -> percentMet.put(s.id(), s.criterionLevel().wholePercent(Rating.MET)
                .orElseThrow()));

        assertThat(percentMet).containsExactlyEntriesOf(TABLE_5);
    }

    @Test
    void theOverallIs21PercentMet62PartlyMet17NotMetOf165StandardRatings() {
        Pooled overall = table5.overall().standardLevel();

        assertThat(overall.rated()).isEqualTo(165);
        assertThat(overall.counts().get(Rating.MET)).isEqualTo(35);
        assertThat(overall.counts().get(Rating.PARTLY_MET)).isEqualTo(102);
        assertThat(overall.counts().get(Rating.NOT_MET)).isEqualTo(28);
        assertThat(overall.wholePercent(Rating.MET)).hasValue(21);
        assertThat(overall.wholePercent(Rating.PARTLY_MET)).hasValue(62);
        assertThat(overall.wholePercent(Rating.NOT_MET)).hasValue(17);
        assertThat(overall.percent()).containsEntry(Rating.MET, new BigDecimal("21.2"))
                .containsEntry(Rating.PARTLY_MET, new BigDecimal("61.8"))
                .containsEntry(Rating.NOT_MET, new BigDecimal("17.0"));
    }

    @Test
    void theNaiveMeanOfTheStandardsPercentagesIs24point9AndIsNotWhatTheOverallShows() {
        double naiveMean = table5.standards().stream()
                .mapToInt(s -> s.criterionLevel().wholePercent(Rating.MET).orElseThrow()).average().orElseThrow();

        assertThat(naiveMean).isCloseTo(24.9, within(0.01));
        assertThat(table5.overall().standardLevel().percent(Rating.MET)).contains(new BigDecimal("21.2"));
        assertThat(table5.overall().standardLevel().wholePercent(Rating.MET).orElseThrow())
                .isNotEqualTo((int) Math.round(naiveMean));
    }

    @Test
    void theDenominatorsAreCriterionRatingsNotWorkstreams() {
        assertThat(denominator("1.1")).isEqualTo("14 of 75");
        assertThat(denominator("2.4")).isEqualTo("8 of 60");
        assertThat(denominator("3.2")).isEqualTo("17 of 58");
        assertThat(table5.standard("3.2").orElseThrow().criterionLevel().counts().get(Rating.NOT_APPLICABLE))
                .isEqualTo(2);
        assertThat(table5.standards()).allSatisfy(s -> assertThat(s.standardLevel().rated()).isEqualTo(15));
        assertThat(table5.matrix()).hasSize(15);
    }

    @Test
    void theRealRollUpHeldStandardsAtTheirCriticalCriteria() {
        StandardResult metByCountButCapped = standard("swl-2", "2.4");
        assertThat(metByCountButCapped.rating()).isEqualTo(Rating.PARTLY_MET);
        assertThat(metByCountButCapped.reasons()).extracting(r -> r.rule()).contains(
                "roll-up: standard met when three-quarters of its criteria are met and none is not-met",
                "roll-up: the standard is held at the lowest cap of its critical criteria");
        for (String standardId : List.of("2.4", "3.1")) {
            StandardResult heldAtNotMet = standard("lpt-4", standardId);
            assertThat(heldAtNotMet.rating()).isEqualTo(Rating.NOT_MET);
            assertThat(heldAtNotMet.reasons()).extracting(r -> r.rule()).contains(
                    "roll-up: standard partly-met when met and not-met criteria are mixed",
                    "roll-up: the standard is held at the lowest cap of its critical criteria");
        }
    }

    @Test
    void theCsvReadsBackWithEveryStandardRatingAndTheCommasOfStandard22() {
        List<List<String>> records = Rfc4180.parse(ComparisonCsv.toCsv(table5));

        assertThat(records).hasSize(1 + 165);
        assertThat(records.stream().skip(1).filter(r -> r.get(9).equals("met"))).hasSize(35);
        assertThat(records).filteredOn(r -> r.get(7).equals("2.2")).hasSize(15).allSatisfy(r -> assertThat(r.get(8))
                .isEqualTo("The needs, goals and abilities to meet these goals are communicated to relevant parties"));
    }

    private static String denominator(String standardId) {
        Pooled criteria = table5.standard(standardId).orElseThrow().criterionLevel();
        return criteria.counts().get(Rating.MET) + " of " + criteria.rated();
    }

    private static StandardResult standard(String workstream, String standardId) {
        return Table5Reviews.reviews().stream().filter(r -> r.site().id().equals(workstream)).findFirst().orElseThrow()
                .standard(standardId).orElseThrow();
    }

}
