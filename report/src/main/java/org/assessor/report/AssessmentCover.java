package org.assessor.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.stream.Collectors;
import org.assessor.assessment.Mode;
import org.assessor.questionnaire.Option;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Counts;
import org.assessor.result.OutcomeResult;
import org.assessor.result.Readiness;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

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
        if (r.readiness() != null) {
            doc.add(readiness(doc, r.readiness()));
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
        row(details, cells, "Rule set", r.ruleSet().questionnaireId() + " version " + r.ruleSet().version());
        row(details, cells, "Content hash", r.ruleSet().hash());
        if (r.id() != null) {
            row(details, cells, "Assessment id", r.id());
        }
        details.addCell(cells.strong("Overall rating", Palette.BAND));
        details.addCell(cells.rating(r.overall().rating(), true));
        row(details, cells, "Standards", tally(cells.palette(), r.overall().counts()));
        row(details, cells, "Criteria", tally(cells.palette(), r.overall().criterionCounts()));
        for (OutcomeResult outcome : r.outcomes()) {
            r.questionnaire().outcomes().stream().filter(o -> o.name().equals(outcome.name())).findFirst()
                    .ifPresent(declared -> row(details, cells, declared.label(), declared.value(outcome.value())
                            .map(Option::label).orElse(outcome.value())));
        }
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

    private static PdfPTable readiness(ReportDocument doc, Readiness readiness) {
        PdfPTable box = Cells.table(50, 50);
        box.setHeaderRows(0);
        box.addCell(doc.cells.highlight("Readiness: " + readiness.verdict().code().replace('-', ' ')));
        box.addCell(doc.cells.highlight("Suggested placement: " + readiness.placement().code()));
        return box;
    }
}
