package org.assessor.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.stream.Collectors;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.MatrixRow;
import org.assessor.comparison.PooledItem;

/**
 * The site × standard heatmap: a row per assessment (site, cycle, mode, date), a column per
 * standard, each cell in the colour of the rating with its letter.
 */
final class Heatmap {
    /** Relative widths of the site, cycle, mode and date columns; the standards share the rest of 100. */
    private static final float[] LEFT = {16, 7, 5, 8};

    private Heatmap() {
    }

    static void write(ReportDocument doc, Comparison c) {
        Cells cells = doc.cells;
        doc.heading("Site × standard");
        Palette palette = cells.palette();
        doc.text("Each assessment's rating of each standard: " + palette.scale().levels().stream()
                .map(l -> l.letter() + " " + palette.label(l.rating())).collect(Collectors.joining(", ")) + ".");
        List<PooledItem> standards = c.standards();
        float[] widths = new float[LEFT.length + standards.size()];
        System.arraycopy(LEFT, 0, widths, 0, LEFT.length);
        float share = Math.max(2, (100 - 36) / (float) Math.max(1, standards.size()));
        for (int i = 0; i < standards.size(); i++) {
            widths[LEFT.length + i] = share;
        }
        PdfPTable table = Cells.table(widths);
        table.addCell(cells.header("Site"));
        table.addCell(cells.header("Cycle"));
        table.addCell(cells.header("Mode"));
        table.addCell(cells.header("Date"));
        standards.forEach(s -> {
            PdfPCell header = cells.header(s.id());
            header.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(header);
        });
        for (MatrixRow row : c.matrix()) {
            table.addCell(cells.name(row.site().name() + " (" + row.site().id() + ")"));
            table.addCell(cells.name(row.cycle() == null ? "" : row.cycle()));
            table.addCell(cells.name(row.mode().code()));
            table.addCell(cells.name(ComparisonReport.day(row.evaluatedAt())));
            for (PooledItem s : standards) {
                table.addCell(cells.rating(row.rating(s.id(), c.questionnaire().scale().notRated()), false));
            }
        }
        doc.add(table);
    }
}
