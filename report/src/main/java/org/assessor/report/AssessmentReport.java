package org.assessor.report;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.assessor.result.AssessmentResult;

/**
 * The PDF report of one assessment, for a site to take to its board: a cover with the site,
 * questionnaire, date, cycle, mode, rule-set version and content hash, the overall rating, the
 * readiness verdict and placement where there is one, and a profile chart; then a table per
 * section with every standard's rating and reasons and every criterion's rating and flags; for
 * self-assessments with several respondents, their agreement per standard, with the words
 * "respondents disagree" where it is low and the spread of the criteria they disagree on; then
 * the action plan by priority. Every page is numbered "page X of Y". Stateless and thread-safe.
 */
public final class AssessmentReport {
    private AssessmentReport() {
    }

    /**
     * Writes the report of {@code result} to {@code out} as PDF. {@code out} is flushed, not closed.
     *
     * @throws ReportFailed if {@code out} fails
     */
    public static void write(AssessmentResult result, OutputStream out) {
        String footer = result.site().name() + " · " + result.questionnaire().id() + " "
                + result.questionnaire().version() + " · rule set " + result.ruleSet().version() + " · "
                + ReportDocument.when(result.evaluatedAt());
        try (ReportDocument doc = new ReportDocument(out, PageSize.A4, "Assessment report: " + result.site().name(),
                footer, result.questionnaire().scale())) {
            AssessmentCover.write(doc, result);
            doc.newPage();
            AssessmentSections.write(doc, result);
            AgreementTables.write(doc, result);
            ActionPlan.write(doc, result.actions());
        } catch (ExceptionConverter e) {
            throw new ReportFailed("cannot write the report of " + result.site().id() + ": " + e.getMessage(),
                    e.getException());
        }
    }

    /** The report of {@code result} as PDF bytes. */
    public static byte[] toPdf(AssessmentResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(result, out);
        return out.toByteArray();
    }
}
