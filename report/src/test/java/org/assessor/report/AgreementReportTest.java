package org.assessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.result.AssessmentResult;
import org.assessor.result.StandardResult;
import org.junit.jupiter.api.Test;

/**
 * Agreement between respondents in the assessment report, read back from the real PDF: per
 * standard, with low agreement said in words, and the spread of the criteria respondents
 * disagree on.
 */
class AgreementReportTest {
    /** Four respondents answer alike; the partner rates 1.2.b met where the others rate it not-met. */
    private static final AssessmentResult FIVE = Results.fiveRespondents();

    @Test
    void everyStandardShowsItsAgreementAndLowAgreementIsSaidInWords() {
        String text = Pdfs.text(AssessmentReport.toPdf(FIVE));
        StandardResult s11 = FIVE.standard("1.1").orElseThrow();
        StandardResult s12 = FIVE.standard("1.2").orElseThrow();

        // 1.2: 1.2.a alike (1), 1.2.b four not-met against one met (ranks 0,0,0,0,2: s² = 0.8, r_wg clamped
        // to 0): mean 0.5, below 0.7
        assertThat(s12.agreement().index()).isEqualTo(0.5);
        assertThat(text).contains("Agreement between respondents",
                "the agreement index r_wg (James, Demaree and Wolf, 1984)", "Below 0.7, the rule set's threshold",
                "Standard Rating Index Criteria Agreement",
                "1.1 " + s11.title() + " N not met 1.00 3 respondents agree",
                "1.2 " + s12.title() + " P partly met 0.50 2 respondents disagree");
    }

    @Test
    void theCriteriaRespondentsDisagreeOnAreTabledWithTheirSpreadAndRoles() {
        String text = Pdfs.text(AssessmentReport.toPdf(FIVE));

        assertThat(text).contains("Criteria where respondents disagree: how many rated each level",
                "Criterion Rating Index met partly met not met By role (rated)",
                "1.2.b Audit and governance are linked to the change N not met 0.00 1 0 4 board: not met (1) "
                        + "senior-manager: not met (1) frontline-staff: not met (1) service-user: not met (1) "
                        + "partner: met (1)");
        assertThat(text).doesNotContain("0.00 0 0 5", "1.2.a Leaders endorse the change P");
    }

    @Test
    void theCoverSaysOnHowManyStandardsRespondentsDisagree() {
        String cover = Pdfs.flat(Pdfs.pages(AssessmentReport.toPdf(FIVE)).get(0));

        assertThat(cover).contains("Agreement respondents disagree on 1 of 3 standards (index below 0.7 is low)");
    }

    @Test
    void aBundledSelfAssessmentWithSeveralRespondentsFlagsItsStandards() {
        AssessmentResult northVale = Results.northValeFiveRespondents();
        String text = Pdfs.text(AssessmentReport.toPdf(northVale));

        assertThat(northVale.lowAgreement()).isNotEmpty();
        for (StandardResult s : northVale.lowAgreement()) {
            assertThat(text).contains(Pdfs.flat(s.id() + " " + s.title()) + " " + Pdfs.flat(
                    letterAndLabel(s)) + " " + String.format(java.util.Locale.ROOT, "%.2f", s.agreement().index())
                    + " " + s.agreement().criteria() + " respondents disagree");
        }
    }

    @Test
    void aPeerReviewHasNoAgreementPart() {
        AssessmentResult peer = Results.peer("p-1", "lpt", "baseline", "2026-03-01", "MPN PP MMM", false);

        String text = Pdfs.text(AssessmentReport.toPdf(peer));

        assertThat(text).doesNotContain("Agreement between respondents", "respondents disagree", "respondents agree");
    }

    private static String letterAndLabel(StandardResult s) {
        return switch (s.rating().code()) {
            case "met" -> "M met";
            case "partly-met" -> "P partly met";
            case "not-met" -> "N not met";
            default -> s.rating().code();
        };
    }
}
