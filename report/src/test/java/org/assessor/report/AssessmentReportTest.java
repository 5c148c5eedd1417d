package org.assessor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.StandardResult;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class AssessmentReportTest {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentReportTest.class);
    private static final AssessmentResult FIVE = Results.fiveRespondents();

    @Test
    void theCoverNamesTheSiteQuestionnaireDateCycleModeRuleSetAndHash() {
        String cover = Pdfs.flat(Pdfs.pages(AssessmentReport.toPdf(FIVE)).get(0));

        assertThat(cover).contains("Assessment report", "South West London (swl)",
                "Demonstration questionnaire for engine tests", "demo 1.0.0", "1 Mar 2026 09:30 UTC", "baseline",
                "self-assessment", "demo version 1.0.0", FIVE.ruleSet().hash(),
                "5: board, senior-manager, frontline-staff, service-user, partner");
    }

    @Test
    void everyStandardAndCriterionIsThereWithItsRatingAndFlags() {
        String text = Pdfs.text(AssessmentReport.toPdf(FIVE));

        for (StandardResult s : FIVE.standards()) {
            assertThat(text).contains(s.id() + " " + s.title());
            for (CriterionResult c : s.criteria()) {
                assertThat(text).contains(c.id() + " " + c.title());
            }
        }
        assertThat(FIVE.standard("1.1").orElseThrow().rating().code()).isEqualTo("not-met");
        assertThat(FIVE.criterion("2.1.a").orElseThrow().critical()).isTrue();
        assertThat(FIVE.criterion("1.2.b").orElseThrow().disagreement()).isTrue();
        assertThat(text).contains("N not met", "P partly met", "M met",
                "1.1 The organisation is ready for change N not met "
                        + "roll-up: standard not-met when nothing is met and at least half are not-met",
                "2.1.a Costs considered beforehand M met yes consolidate:",
                "1.2.b Audit and governance are linked to the change N not met yes consolidate:",
                "1 respondent(s) rated it met and 4 not-met");
    }

    @Test
    void theActionPlanGroupsActionsByPriorityHighFirst() {
        String text = Pdfs.text(AssessmentReport.toPdf(FIVE));

        assertThat(FIVE.actions()).extracting(a -> a.priority().code()).contains("high", "medium", "low");
        assertThat(text).containsSubsequence("Action plan", "High priority (1)", "A1.1-1",
                "Assess readiness for change before joining the programme.", "Medium priority", "A1.2-1",
                "Low priority", "A2.1-2", "Keep the programme's money in its own cost centre.");
    }

    @Test
    void everyPageIsNumberedPageXOfY() {
        List<String> pages = Pdfs.pages(AssessmentReport.toPdf(FIVE));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void theProfileChartIsDrawnAsVectorGraphicsWithAStandardPerRow() {
        byte[] pdf = AssessmentReport.toPdf(FIVE);

        // per standard: a rating box and at least one bar part; then five legend boxes
        assertThat(Pdfs.filledRectangles(pdf, 1)).isGreaterThanOrEqualTo(FIVE.standards().size() * 2 + 5);
        assertThat(Pdfs.flat(Pdfs.pages(pdf).get(0))).contains("Profile", "1.1 The organisation is ready for change",
                "partly met", "not applicable");
    }

    @Test
    void aReadinessResultShowsItsVerdictAndPlacementOnTheCover() {
        AssessmentResult readiness = Results.peer("r-1", "lpt", "baseline", "2026-03-01", "MPN PP MMM", true);

        String cover = Pdfs.flat(Pdfs.pages(AssessmentReport.toPdf(readiness)).get(0));

        assertThat(cover).contains("Readiness: Ready with conditions", "Suggested placement: Pilot site",
                "peer review", "demo version 1.1.0");
    }

    @Test
    void theBundledReadinessQuestionnairesVerdictAndPlacementAreOnTheCover() {
        AssessmentResult riverside = Results.example("readiness-for-change-respondents.json", "rv-1",
                "2026-04-02T10:00:00Z");

        String cover = Pdfs.flat(Pdfs.pages(AssessmentReport.toPdf(riverside)).get(0));

        assertThat(riverside.readiness()).isNotNull();
        assertThat(cover).contains("Riverside Mental Health Services",
                "Readiness: " + label(riverside, "verdict"), "Suggested placement: " + label(riverside, "placement"))
                .as("the declared labels, as on the web pages").doesNotContain("Suggested placement: "
                        + riverside.readiness().placement().code() + " ");
    }

    @Test
    void aResultWithoutReadinessHasNoReadinessBox() {
        assertThat(Pdfs.text(AssessmentReport.toPdf(FIVE))).doesNotContain("Readiness:", "Suggested placement");
    }

    @Test
    void theStreamIsLeftOpenForTheCallerAndAFailingStreamIsReported() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        AssessmentReport.write(FIVE, bytes);
        assertThat(closed[0]).isFalse();
        assertThat(new String(bytes.toByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> AssessmentReport.write(FIVE, broken)).isInstanceOf(ReportFailed.class)
                .hasMessageContaining("swl").hasRootCauseMessage("disk full");
    }

    @Test
    void aRealQuestionnaireReportShowsEveryStandardCriterionAndAction() {
        AssessmentResult northVale = Results.northValeFiveRespondents();

        List<String> pages = Pdfs.pages(AssessmentReport.toPdf(northVale));
        String text = Pdfs.flat(String.join("\n", pages));

        assertThat(northVale.respondents()).hasSize(5);
        assertThat(text).contains("North Vale Mental Health Partnership", "2026-baseline");
        for (StandardResult s : northVale.standards()) {
            assertThat(text).contains(Pdfs.flat(s.id() + " " + s.title()));
            s.criteria().forEach(c -> assertThat(text).contains(c.id() + " "));
        }
        assertThat(northVale.actions()).isNotEmpty();
        northVale.actions().forEach(a -> assertThat(text).contains(a.id() + " " + a.target() + " " + a.level().code()));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void measureTheReportOfFiveRespondentsInTheLogWithoutATimingAssertion() {
        AssessmentResult northVale = Results.northValeFiveRespondents();
        long first = System.nanoTime();
        byte[] pdf = AssessmentReport.toPdf(northVale);
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        long[] next = new long[20];
        for (int i = 0; i < next.length; i++) {
            long start = System.nanoTime();
            AssessmentReport.toPdf(northVale);
            next[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(next);
        LOG.info("assessment report of {} respondents, {} criteria, {} actions: {} pages, {} bytes; first {} ms, "
                + "then median {} ms, slowest {} ms over {} runs", northVale.respondents().size(),
                northVale.overall().criterionCounts().total(), northVale.actions().size(), Pdfs.pages(pdf).size(),
                pdf.length, firstMillis, next[next.length / 2], next[next.length - 1], next.length);
        assertThat(Pdfs.flat(Pdfs.pages(pdf).get(0))).contains("5: board, middle-manager, frontline-staff");
    }

    /** The declared label of the value {@code result} concluded for outcome {@code name}. */
    private static String label(AssessmentResult result, String name) {
        String value = result.outcomes().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().value();
        return result.questionnaire().outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
                .flatMap(o -> o.value(value)).orElseThrow().label();
    }
}
