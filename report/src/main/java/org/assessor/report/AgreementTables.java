package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assessor.agreement.Agreement;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.StandardResult;

/**
 * Agreement between respondents, for self-assessments with several: what the index means, each
 * standard's agreement with the words "respondents disagree" where it is below the rule set's
 * threshold (on a warning colour, but never by colour alone), and the spread of the ratings of
 * every criterion on which they disagree, level by level of the questionnaire's scale, with each
 * role group's rating. Nothing is written for results without agreement (peer reviews, a single
 * respondent).
 */
final class AgreementTables {
    static final String DISAGREE = "respondents disagree";
    static final String AGREE = "respondents agree";
    static final String TOO_FEW = "too few ratings";

    private AgreementTables() {
    }

    static void write(ReportDocument doc, AssessmentResult r) {
        if (r.agreementLowBelow() == null) {
            return;
        }
        doc.heading("Agreement between respondents");
        doc.text("How alike the respondents rated each criterion: the agreement index r_wg (James, Demaree and Wolf,"
                + " 1984), from 0 (no more alike than ratings spread at random over the " + r.questionnaire().scale()
                .rated().size() + " levels of the scale) to 1 (every respondent gave the same level). A standard's"
                + " index is the mean of its criteria's. Below " + threshold(r.agreementLowBelow()) + ", the rule"
                + " set's threshold, respondents disagree: the consolidated rating hides different views, worth"
                + " discussing before acting on it. Agreement changes no rating.");
        doc.add(standards(doc.cells, r.standards()));
        List<CriterionResult> low = r.standards().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.agreement() != null && c.agreement().low()).toList();
        if (!low.isEmpty()) {
            doc.add(spread(doc.cells, low));
        }
    }

    /** One line for the cover, e.g. "respondents disagree on 2 of 11 standards (index below 0.7)". */
    static String summary(AssessmentResult r) {
        long measured = r.standards().stream().filter(s -> s.agreement() != null).count();
        if (measured == 0) {
            return "not measured: no criterion was rated by two respondents";
        }
        int low = r.lowAgreement().size();
        return (low == 0 ? AGREE + " on all " + measured : DISAGREE + " on " + low + " of " + measured)
                + " standards (index below " + threshold(r.agreementLowBelow()) + " is low)";
    }

    private static PdfPTable standards(Cells cells, List<StandardResult> standards) {
        PdfPTable table = Cells.table(46, 14, 9, 9, 22);
        table.addCell(cells.header("Standard"));
        table.addCell(cells.header("Rating"));
        table.addCell(cells.header("Index"));
        table.addCell(cells.header("Criteria"));
        table.addCell(cells.header("Agreement"));
        for (StandardResult s : standards) {
            StandardAgreement a = s.agreement();
            table.addCell(cells.name(s.id() + "  " + s.title()));
            table.addCell(cells.rating(s.rating(), true));
            table.addCell(cells.number(a == null ? "-" : index(a.index())));
            table.addCell(cells.number(a == null ? "-" : Integer.toString(a.criteria())));
            table.addCell(a == null ? cells.name(TOO_FEW)
                    : a.low() ? cells.strong(DISAGREE, Palette.WORSENED) : cells.name(AGREE));
        }
        return table;
    }

    /** The criteria on which respondents disagree: how many gave each rated level, and each role's rating. */
    private static PdfPTable spread(Cells cells, List<CriterionResult> criteria) {
        List<Rating> levels = cells.palette().scale().rated();
        float[] widths = new float[4 + levels.size()];
        widths[0] = 30;
        widths[1] = 13;
        widths[2] = 7;
        for (int i = 0; i < levels.size(); i++) {
            widths[3 + i] = 7;
        }
        widths[widths.length - 1] = Math.max(15, 50 - 7 * levels.size());
        PdfPTable table = Cells.table(widths);
        table.setHeaderRows(2);
        table.addCell(cells.caption("Criteria where " + DISAGREE + ": how many rated each level", widths.length,
                false));
        table.addCell(cells.header("Criterion"));
        table.addCell(cells.header("Rating"));
        table.addCell(cells.header("Index"));
        levels.forEach(level -> table.addCell(cells.header(cells.palette().label(level))));
        table.addCell(cells.header("By role (rated)"));
        for (CriterionResult c : criteria) {
            Agreement a = c.agreement();
            table.addCell(cells.name(c.id() + "  " + c.title()));
            table.addCell(cells.rating(c.rating(), true));
            table.addCell(cells.number(index(a.index())));
            levels.forEach(level -> table.addCell(cells.number(Integer.toString(a.spread().getOrDefault(level, 0)))));
            table.addCell(cells.text(a.byRole().stream().map(g -> g.role() + ": " + cells.palette().label(g.rating())
                    + " (" + g.rated() + ")").collect(Collectors.joining("\n"))));
        }
        return table;
    }

    private static String index(double index) {
        return String.format(Locale.ROOT, "%.2f", index);
    }

    private static String threshold(double lowBelow) {
        return BigDecimal.valueOf(lowBelow).stripTrailingZeros().toPlainString();
    }
}
