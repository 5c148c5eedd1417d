package org.assessor.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.PooledItem;

/**
 * Change across cycles and self-assessment against peer review, each as a matrix: a row per
 * site and pair of assessments, a column per standard, each cell the two ratings' letters and
 * the difference in steps (not met → partly met → met).
 */
final class TrendTables {
    private TrendTables() {
    }

    static void write(ReportDocument doc, Comparison c) {
        Palette palette = doc.cells.palette();
        if (!c.changes().isEmpty()) {
            doc.heading("Change since the previous cycle");
            doc.text("Each cell: the earlier and the later rating, and the change in steps (+1: e.g. partly met to met).");
            matrix(doc, c, rows(c.changes(), ch -> ch.site().name() + " (" + ch.site().id() + "), " + ch.mode().code()
                            + ": " + label(ch.fromCycle(), ch.fromAssessment()) + " → "
                            + label(ch.toCycle(), ch.toAssessment())),
                    ch -> new Pair(ch.standardId(), palette.letter(ch.from()) + "→" + palette.letter(ch.to()),
                            ch.steps()));
        }
        if (!c.selfVsPeer().isEmpty()) {
            doc.heading("Self-assessment and peer review");
            doc.text("Each cell: the self-assessed and the peer-reviewed rating, and self minus peer in steps "
                    + "(+1: the site rated itself one step higher than its peer reviewers did).");
            matrix(doc, c, rows(c.selfVsPeer(), g -> g.site().name() + " (" + g.site().id() + ")"
                            + (g.cycle() == null ? "" : ", " + g.cycle())),
                    g -> new Pair(g.standardId(), "self " + palette.letter(g.self()) + " / peer "
                            + palette.letter(g.peer()), g.steps()));
        }
    }

    /** One cell: the two ratings in words and the steps between them. */
    private record Pair(String standardId, String ratings, OptionalInt steps) {
    }

    private static <T> Map<String, List<T>> rows(List<T> items, Function<T, String> label) {
        Map<String, List<T>> rows = new LinkedHashMap<>();
        items.forEach(i -> rows.computeIfAbsent(label.apply(i), k -> new ArrayList<>()).add(i));
        return rows;
    }

    private static <T> void matrix(ReportDocument doc, Comparison c, Map<String, List<T>> rows,
                                   Function<T, Pair> pair) {
        Cells cells = doc.cells;
        List<PooledItem> standards = c.standards();
        float[] widths = new float[1 + standards.size()];
        widths[0] = 24;
        for (int i = 0; i < standards.size(); i++) {
            widths[1 + i] = 76f / Math.max(1, standards.size());
        }
        PdfPTable table = Cells.table(widths);
        table.addCell(cells.header("Site and assessments"));
        standards.forEach(s -> table.addCell(cells.header(s.id())));
        rows.forEach((label, items) -> {
            table.addCell(cells.name(label));
            Map<String, Pair> byStandard = new LinkedHashMap<>();
            items.stream().map(pair).forEach(p -> byStandard.put(p.standardId(), p));
            for (PooledItem s : standards) {
                Pair p = byStandard.get(s.id());
                table.addCell(p == null ? cells.name("") : cell(cells, p));
            }
        });
        doc.add(table);
    }

    private static PdfPCell cell(Cells cells, Pair p) {
        String steps = p.steps().isPresent() ? String.format("%+d", p.steps().getAsInt()) : "n/a";
        PdfPCell cell = cells.name(p.ratings() + "  " + steps);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        if (p.steps().isPresent() && p.steps().getAsInt() != 0) {
            cell.setBackgroundColor(p.steps().getAsInt() > 0 ? Palette.IMPROVED : Palette.WORSENED);
        }
        return cell;
    }

    private static String label(String cycle, String assessment) {
        return cycle != null ? cycle : assessment != null ? assessment : "earlier";
    }
}
