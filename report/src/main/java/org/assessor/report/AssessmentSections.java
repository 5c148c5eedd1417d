package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.stream.Collectors;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.Reason;
import org.assessor.result.SectionResult;
import org.assessor.result.StandardResult;

/**
 * One table per section: each standard with its rating and the reasons for it (rule and
 * detail), then each of its criteria with rating, critical flag, disagreement flag and the
 * reasons of its consolidation.
 */
final class AssessmentSections {
    private AssessmentSections() {
    }

    static void write(ReportDocument doc, AssessmentResult r) {
        Cells cells = doc.cells;
        for (SectionResult section : r.sections()) {
            PdfPTable table = Cells.table(31, 12, 8, 11, 38);
            table.setHeaderRows(2);
            table.addCell(cells.caption("Section " + section.id() + "  " + section.title() + ":  "
                    + cells.palette().label(section.rating()), 5, true));
            table.addCell(cells.header("Standard / criterion"));
            table.addCell(cells.header("Rating"));
            table.addCell(cells.header("Critical"));
            table.addCell(cells.header("Disagreement"));
            table.addCell(cells.header("Why (rule: detail)"));
            for (StandardResult standard : section.standards()) {
                table.addCell(cells.strong(standard.id() + "  " + standard.title(), Palette.BAND));
                table.addCell(cells.rating(standard.rating(), true));
                table.addCell(cells.strong("", Palette.BAND));
                table.addCell(cells.strong("", Palette.BAND));
                table.addCell(cells.text(why(standard.reasons())));
                for (CriterionResult criterion : standard.criteria()) {
                    table.addCell(cells.name(criterion.id() + "  " + criterion.title()));
                    table.addCell(cells.rating(criterion.rating(), true));
                    table.addCell(cells.name(criterion.critical() ? "yes" : ""));
                    table.addCell(cells.name(criterion.disagreement() ? "yes" : ""));
                    table.addCell(cells.text(why(criterion.reasons().stream()
                            .filter(x -> x.respondent() == null).toList())));
                }
            }
            doc.add(table);
        }
    }

    /** One line per reason: "rule: detail". */
    static String why(List<Reason> reasons) {
        return reasons.stream().map(x -> x.detail() == null || x.detail().isBlank() ? x.rule()
                : x.rule() + ": " + x.detail()).collect(Collectors.joining("\n"));
    }
}
