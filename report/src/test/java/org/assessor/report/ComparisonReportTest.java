package org.assessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.Comparisons;
import org.assessor.comparison.MatrixRow;
import org.assessor.comparison.PooledItem;
import org.assessor.comparison.Table5Reviews;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {
    private static final Comparison TABLE_5 = Comparisons.compare(Table5Reviews.reviews(),
            ComparisonFilter.of("organisational-change"));

    @Test
    void theHeatmapShowsEverySiteWithEachStandardsRatingLetter() {
        String text = Pdfs.text(ComparisonReport.toPdf(TABLE_5));

        assertThat(text).contains("Site × standard");
        assertThat(text).contains(TABLE_5.standards().stream().map(PooledItem::id).collect(Collectors.joining(" ")));
        assertThat(TABLE_5.matrix()).hasSize(15);
        for (MatrixRow row : TABLE_5.matrix()) {
            String letters = TABLE_5.standards().stream().map(s -> letter(row, s.id()))
                    .collect(Collectors.joining(" "));
            assertThat(text).contains(row.site().name() + " (" + row.site().id() + ") round-1 peer 2006-11-01 "
                    + letters);
        }
    }

    @Test
    void theTable5StyleTableHasEveryStandardsCountsDenominatorAndPercentages() {
        String text = Pdfs.text(ComparisonReport.toPdf(TABLE_5));

        assertThat(text).containsSubsequence("Criterion level",
                "1.1 The organisation is ready for change 14 51 10 0 0 75 19% 68% 13%",
                "2.2 The needs, goals and abilities to meet these goals are communicated to relevant parties 26",
                "3.2 Responsibility is devolved to frontline staff 17 39 2 2 0 58 29% 67% 3%",
                "4.1 The change programme is evaluated in terms of generating evidence & developing theory 0",
                "Standard level",
                "Overall 11 standards, pooled 35 102 28 0 0 165 21% 62% 17%");
    }

    @Test
    void readinessPlacementsAreCountedPerSite() {
        List<AssessmentResult> results = List.of(
                Results.peer("r-swl", "swl", "baseline", "2026-03-01", "MMM MM MMM", true),
                Results.peer("r-lpt", "lpt", "baseline", "2026-03-01", "MPN PP MMM", true),
                Results.peer("r-swy", "swy", "baseline", "2026-03-01", "NNN NN NNN", true));

        String text = Pdfs.text(ComparisonReport.toPdf(Comparisons.compare(results, ComparisonFilter.of("demo"))));

        assertThat(text).containsSubsequence("Readiness and placement", "Placement demonstration pilot network not-yet",
                "Sites 1 1 1 0", "LPT (lpt) ready-with-conditions pilot r-lpt, baseline",
                "SWL (swl) ready demonstration r-swl, baseline", "SWY (swy) not-yet-ready network r-swy, baseline");
    }

    @Test
    void theBundledReadinessExamplesArePlacedSiteBySite() {
        List<AssessmentResult> results = List.of(
                Results.example("readiness-for-change-peer.json", "ev-1", "2026-04-01"),
                Results.example("readiness-for-change-respondents.json", "rv-1", "2026-04-02"),
                Results.example("readiness-for-change-self.json", "nf-1", "2026-04-03"));
        Comparison c = Comparisons.compare(results, ComparisonFilter.of("readiness-for-change"));

        String text = Pdfs.text(ComparisonReport.toPdf(c));

        assertThat(c.readiness().sites()).hasSize(3);
        assertThat(text).contains("Placement demonstration pilot network not-yet Sites "
                + c.readiness().placements().values().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        c.readiness().sites().forEach(s -> assertThat(text).contains(s.site().name() + " (" + s.site().id() + ") "
                + s.verdict().code() + " " + s.placement().code()));
    }

    @Test
    void theBundledNorthValeSelfAssessmentAndPeerReviewAreSetSideBySide() {
        List<AssessmentResult> results = List.of(
                Results.example("1.0.0/organisational-change-respondents.json", "nv-self", "2026-04-01"),
                Results.example("1.0.0/organisational-change-peer.json", "nv-peer", "2026-04-10"));
        Comparison c = Comparisons.compare(results, ComparisonFilter.of("organisational-change"));

        String text = Pdfs.text(ComparisonReport.toPdf(c));

        assertThat(c.selfVsPeer()).hasSize(11);
        assertThat(text).contains("Self-assessment and peer review",
                "North Vale Mental Health Partnership (north-vale), 2026-baseline " + c.selfVsPeer().stream()
                        .map(g -> "self " + letter(g.self()) + " / peer " + letter(g.peer()) + " "
                                + String.format("%+d", g.steps().orElseThrow()))
                        .collect(Collectors.joining(" ")));
    }

    @Test
    void changeAcrossCyclesAndSelfAgainstPeerAreShownWhenThereAreAny() {
        List<AssessmentResult> results = List.of(
                Results.peer("b1", "swl", "baseline", "2026-03-01", "MPN PP MMM", false),
                Results.peer("f1", "swl", "follow-up", "2026-09-01", "MMM MM NMM", false));

        String text = Pdfs.text(ComparisonReport.toPdf(Comparisons.compare(results, ComparisonFilter.of("demo"))));

        assertThat(text).contains("Change since the previous cycle",
                "SWL (swl), peer: baseline → follow-up P→M +1 P→M +1 M→N -2");
        assertThat(text).doesNotContain("Self-assessment and peer review");
        assertThat(Pdfs.text(ComparisonReport.toPdf(TABLE_5))).doesNotContain("Change since", "Readiness and");
    }

    @Test
    void selfAssessmentAndPeerReviewOfOneCycleAreSetSideBySide() {
        AssessmentResult self = Results.fiveRespondents();
        AssessmentResult peer = Results.peer("p1", "swl", "baseline", "2026-03-05", "MMM MP MMM", false);

        String text = Pdfs.text(ComparisonReport.toPdf(Comparisons.compare(List.of(self, peer),
                ComparisonFilter.of("demo"))));

        assertThat(text).contains("Self-assessment and peer review",
                "South West London (swl), baseline self N / peer M -2 self P / peer P +0 self P / peer M -1");
    }

    @Test
    void everyPageIsNumberedAndAnEmptyComparisonStillMakesAReport() {
        List<String> pages = Pdfs.pages(ComparisonReport.toPdf(TABLE_5));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("page " + (i + 1) + " of " + pages.size());
        }

        Comparison none = Comparisons.compare(List.of(), ComparisonFilter.of("organisational-change"));
        assertThat(Pdfs.text(ComparisonReport.toPdf(none))).contains("No assessment matched", "page 1 of 1");
    }

    private static String letter(MatrixRow row, String standardId) {
        return letter(row.rating(standardId, Rating.NOT_RATED));
    }

    private static String letter(Rating rating) {
        return Map.of(Rating.MET, "M", Rating.PARTLY_MET, "P", Rating.NOT_MET, "N", Rating.NOT_APPLICABLE, "NA",
                Rating.NOT_RATED, "NR").get(rating);
    }
}
