package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.Pooled;
import org.assessor.comparison.PooledItem;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * Table 5 style tables: per standard (and overall) the counts of each level of the scale, the
 * denominator and the whole-number percentage of each rated level, at criterion level and at
 * standard level.
 */
final class PooledTables {
    private PooledTables() {
    }

    static void write(ReportDocument doc, Comparison c) {
        doc.heading("Pooled ratings per standard");
        Palette palette = doc.cells.palette();
        doc.text("Percentages are of the rated items (" + palette.scale().rated().stream().map(palette::label)
                .collect(Collectors.joining(" + ")) + "), shown beside them as the denominator; "
                + palette.label(palette.scale().notApplicable()) + " and " + palette.label(palette.scale().notRated())
                + " items are counted but left out. Every figure is pooled from counts, never averaged over standards, "
                + "and rounded half up to a whole number.");
        table(doc, c, "Criterion level: every criterion rating of each standard, in every assessment",
                PooledItem::criterionLevel, c.overall().criterionLevel());
        table(doc, c, "Standard level: each assessment's rating of each standard",
                PooledItem::standardLevel, c.overall().standardLevel());
    }

    private static void table(ReportDocument doc, Comparison c, String caption, Function<PooledItem, Pooled> level,
                              Pooled overall) {
        Cells cells = doc.cells;
        RatingScale scale = cells.palette().scale();
        List<String> headers = new ArrayList<>(List.of("Standard", "Title"));
        List<Float> widths = new ArrayList<>(List.of(6f, 34f));
        scale.levels().forEach(l -> {
            headers.add(l.label());
            widths.add(6f);
        });
        headers.add("Rated");
        widths.add(7f);
        scale.rated().forEach(r -> {
            headers.add("% " + cells.palette().label(r));
            widths.add(8f);
        });
        float[] relative = new float[widths.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = widths.get(i);
        }
        PdfPTable table = Cells.table(relative);
        table.setHeaderRows(2);
        table.addCell(cells.caption(caption, headers.size(), false));
        headers.forEach(h -> table.addCell(cells.header(h)));
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
        for (RatingScale.Level level : p.counts().scale().levels()) {
            table.addCell(cells.number(Integer.toString(p.counts().get(level.rating()))));
        }
        table.addCell(cells.number(Integer.toString(p.rated())));
        for (Rating r : p.levels()) {
            table.addCell(cells.number(p.wholePercent(r).isPresent() ? p.wholePercent(r).getAsInt() + "%" : "–"));
        }
    }
}
