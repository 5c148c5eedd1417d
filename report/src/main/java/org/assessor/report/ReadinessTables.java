package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import org.assessor.comparison.ReadinessSummary;
import org.assessor.comparison.SiteReadiness;
import org.assessor.result.Placement;

/** How many sites fall in each programme placement, and each site's verdict and placement. */
final class ReadinessTables {
    private ReadinessTables() {
    }

    static void write(ReportDocument doc, ReadinessSummary readiness) {
        Cells cells = doc.cells;
        doc.heading("Readiness and placement");
        float[] widths = new float[Placement.values().length + 1];
        java.util.Arrays.fill(widths, 100f / widths.length);
        PdfPTable counts = Cells.table(widths);
        counts.addCell(cells.header("Placement"));
        for (Placement p : Placement.values()) {
            counts.addCell(cells.header(p.code()));
        }
        counts.addCell(cells.strong("Sites", Palette.BAND));
        for (Placement p : Placement.values()) {
            counts.addCell(cells.number(Integer.toString(readiness.placements().get(p))));
        }
        doc.add(counts);
        PdfPTable sites = Cells.table(40, 22, 18, 20);
        sites.addCell(cells.header("Site"));
        sites.addCell(cells.header("Verdict"));
        sites.addCell(cells.header("Placement"));
        sites.addCell(cells.header("From assessment"));
        for (SiteReadiness s : readiness.sites()) {
            sites.addCell(cells.name(s.site().name() + " (" + s.site().id() + ")"));
            sites.addCell(cells.name(s.verdict().code()));
            sites.addCell(cells.name(s.placement().code()));
            sites.addCell(cells.name((s.assessment() == null ? "" : s.assessment())
                    + (s.cycle() == null ? "" : ", " + s.cycle())));
        }
        doc.add(sites);
    }
}
