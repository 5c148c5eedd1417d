package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.Evaluations.demoPeer;
import static org.assessor.Evaluations.demoWithReadiness;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Placement;
import org.assessor.result.Verdict;
import org.junit.jupiter.api.Test;

class ReadinessSummaryTest {

    @Test
    void eachSiteIsPlacedOnceByItsLatestReadinessVerdict() {
        List<AssessmentResult> results = List.of(
                demoPeer(demoWithReadiness(), "r-swl", "swl", "baseline", "2026-03-01", "MMM MM MMM"),
                demoPeer(demoWithReadiness(), "r-lpt", "lpt", "baseline", "2026-03-01", "MPN PP MMM"),
                demoPeer(demoWithReadiness(), "r-swy", "swy", "baseline", "2026-03-01", "NNN NN NNN"),
                demoPeer(demoWithReadiness(), "r-swy-2", "swy", "follow-up", "2026-09-01", "MPN PP MMM"));

        ReadinessSummary readiness = Comparisons.compare(results, ComparisonFilter.of("demo")).readiness();

        assertThat(readiness.sites()).extracting(s -> s.site().id(), SiteReadiness::verdict,
                        SiteReadiness::placement, SiteReadiness::assessment)
                .containsExactly(
                        tuple("lpt", Verdict.READY_WITH_CONDITIONS, Placement.PILOT,
                                "r-lpt"),
                        tuple("swl", Verdict.READY, Placement.DEMONSTRATION, "r-swl"),
                        tuple("swy", Verdict.READY_WITH_CONDITIONS, Placement.PILOT,
                                "r-swy-2"));
        assertThat(readiness.placements()).containsExactly(Map.entry(Placement.DEMONSTRATION, 1),
                Map.entry(Placement.PILOT, 2), Map.entry(Placement.NETWORK, 0), Map.entry(Placement.NOT_YET, 0));
        assertThat(readiness.verdicts()).containsEntry(Verdict.NOT_YET_READY, 0);
    }

    @Test
    void questionnairesWithoutReadinessHaveAnEmptyView() {
        AssessmentResult plain = demoPeer(org.assessor.Evaluations.demo(), "a", "swl", null, "2026-03-01",
                "MMM MM MMM");

        ReadinessSummary readiness = Comparisons.compare(List.of(plain), ComparisonFilter.of("demo")).readiness();

        assertThat(readiness.isEmpty()).isTrue();
        assertThat(readiness.placements().values()).containsOnly(0);
    }
}
