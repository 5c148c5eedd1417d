package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.function.Function;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.Pooled;
import org.assessor.comparison.PooledItem;
import org.assessor.rules.fact.Rating;

/**
 * Table 5 style tables: per standard (and overall) the counts of each rating, the denominator
 * and the whole-number percentages of met, partly met and not met, at criterion level and at
 * standard level.
 */
final class PooledTables {
    private PooledTables() {
    }

    static void write(ReportDocument doc, Comparison c) {
        doc.heading("Pooled ratings per standard");
        doc.text("Percentages are of the rated items (met + partly met + not met), shown beside them as the "
                + "denominator; not applicable and not rated items are counted but left out. Every figure is pooled "
                + "from counts, never averaged over standards, and rounded half up to a whole number.");
        table(doc, c, "Criterion level: every criterion rating of each standard, in every assessment",
                PooledItem::criterionLevel, c.overall().criterionLevel());
        table(doc, c, "Standard level: each assessment's rating of each standard",
                PooledItem::standardLevel, c.overall().standardLevel());
    }

    private static void table(ReportDocument doc, Comparison c, String caption, Function<PooledItem, Pooled> level,
                              Pooled overall) {
        Cells cells = doc.cells;
        PdfPTable table = Cells.table(6, 34, 6, 6, 6, 6, 6, 7, 7, 8, 8);
        table.setHeaderRows(2);
        table.addCell(cells.caption(caption, 11, false));
        for (String h : new String[] {"Standard", "Title", "Met", "Partly met", "Not met", "N/A", "Not rated",
                "Rated", "% met", "% partly met", "% not met"}) {
            table.addCell(cells.header(h));
        }
        for (PooledItem s : c.standards()) {
            table.addCell(cells.name(s.id()));
            table.addCell(cells.name(s.title()));
            figures(table, cells, level.apply(s));
        }
        table.addCell(cells.strong("Overall", Palette.BAND));
        table.addCell(cells.strong(c.standards().size() + " standards, pooled", Palette.BAND));
        figures(table, cells, overall);
        doc.add(table);
    }

    private static void figures(PdfPTable table, Cells cells, Pooled p) {
        for (Rating r : new Rating[] {Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET, Rating.NOT_APPLICABLE,
                Rating.NOT_RATED}) {
            table.addCell(cells.number(Integer.toString(p.counts().get(r))));
        }
        table.addCell(cells.number(Integer.toString(p.rated())));
        for (Rating r : Pooled.RATED) {
            table.addCell(cells.number(p.wholePercent(r).isPresent() ? p.wholePercent(r).getAsInt() + "%" : "–"));
        }
    }
}
