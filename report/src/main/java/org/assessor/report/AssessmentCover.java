package org.assessor.report;

import java.util.Optional;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.stream.Collectors;
import org.assessor.assessment.Mode;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Option;
import org.assessor.questionnaire.OutcomeDeclaration;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.OutcomeResult;

/**
 * The first page of an assessment report: who and what was assessed, under which rule-set
 * version, the overall rating, the readiness verdict and placement (for readiness
 * questionnaires), and the profile chart.
 */
final class AssessmentCover {
    private AssessmentCover() {
    }

    static void write(ReportDocument doc, AssessmentResult r) {
        Cells cells = doc.cells;
        doc.title("Assessment report");
        doc.subtitle(r.site().name());
        if (!r.outcomes().isEmpty()) {
            doc.add(outcomes(doc, r));
            for (OutcomeResult outcome : r.outcomes()) {
                for (String factor : outcome.because()) {
                    doc.text("Because: " + factor);
                }
            }
        }
        PdfPTable details = Cells.table(28, 72);
        details.setHeaderRows(0);
        row(details, cells, "Site", r.site().name() + "  (" + r.site().id() + ")");
        row(details, cells, "Questionnaire", r.questionnaire().title() + "  (" + r.questionnaire().id() + " "
                + r.questionnaire().version() + ")");
        row(details, cells, "Assessed", ReportDocument.when(r.evaluatedAt()));
        row(details, cells, "Cycle", r.cycle() == null ? "not given" : r.cycle());
        row(details, cells, "Mode", r.mode() == Mode.PEER ? "peer review" : "self-assessment");
        if (!r.respondents().isEmpty()) {
            row(details, cells, "Respondents", r.respondents().size() + ": " + r.respondents().stream()
                    .map(x -> x.role()).distinct().collect(Collectors.joining(", ")));
        }
        if (r.agreementLowBelow() != null) {
            row(details, cells, "Agreement", AgreementTables.summary(r));
        }
        row(details, cells, "Rule set", r.ruleSet().questionnaireId() + " version " + r.ruleSet().version());
        row(details, cells, "Content hash", r.ruleSet().hash());
        if (r.id() != null) {
            row(details, cells, "Assessment id", r.id());
        }
        details.addCell(cells.strong("Overall rating", Palette.BAND));
        details.addCell(cells.rating(r.overall().rating(), true));
        row(details, cells, "Standards", tally(cells.palette(), r.overall().counts()));
        row(details, cells, "Criteria", tally(cells.palette(), r.overall().criterionCounts()));
        doc.add(details);
        doc.heading("Profile");
        doc.text("Each standard: a box in the colour of its rating, and a bar of its criteria by rating.");
        Image chart = ProfileChart.of(doc.writer, doc.fonts, cells.palette(), r.standards(),
                doc.document.right() - doc.document.left());
        chart.setAlignment(Element.ALIGN_LEFT);
        doc.add(chart);
    }

    /** e.g. "4 met, 5 partly met, 2 not met of 11 rated; 1 not applicable": every rated level of the scale. */
    static String tally(Palette palette, Counts c) {
        RatingScale scale = palette.scale();
        StringBuilder s = new StringBuilder(scale.rated().stream().map(r -> c.get(r) + " " + palette.label(r))
                .collect(Collectors.joining(", ")) + " of " + c.rated() + " rated");
        for (Rating unrated : List.of(scale.notApplicable(), scale.notRated())) {
            if (c.get(unrated) > 0) {
                s.append("; ").append(c.get(unrated)).append(' ').append(palette.label(unrated));
            }
        }
        return s.toString();
    }

    private static void row(PdfPTable table, Cells cells, String label, String value) {
        table.addCell(cells.strong(label, Palette.BAND));
        table.addCell(cells.name(value));
    }

    /**
     * The outcomes the rules concluded, one highlighted box each, e.g. "Readiness: Ready with
     * conditions" and "Suggested placement: Pilot site: ready to move with expert help": the
     * outcome's label and its value's label as the questionnaire declares them (as the web pages
     * show them), or the names and codes where it declares none.
     */
    private static PdfPTable outcomes(ReportDocument doc, AssessmentResult r) {
        PdfPTable box = Cells.table(widths(r.outcomes().size()));
        box.setHeaderRows(0);
        for (OutcomeResult outcome : r.outcomes()) {
            Optional<OutcomeDeclaration> declared = r.questionnaire().outcomes().stream()
                    .filter(o -> o.name().equals(outcome.name())).findFirst();
            String label = declared.map(OutcomeDeclaration::label).orElse(outcome.name());
            String value = declared.flatMap(d -> d.value(outcome.value())).map(Option::label)
                    .orElse(outcome.value().replace('-', ' '));
            box.addCell(doc.cells.highlight(label + ": " + value));
        }
        return box;
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 100f / columns);
        return widths;
    }
}
