package org.assessor.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.assessor.core.RatingScale;

/**
 * One PDF being written: the document, its writer, fonts, cells and page numbers, and the
 * headings every report uses. Close it to finish the PDF.
 */
final class ReportDocument implements AutoCloseable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    final Document document;
    final PdfWriter writer;
    final ReportFonts fonts;
    final Cells cells;

    /**
     * Opens a PDF on {@code out} with pages of {@code size}, the document title {@code title}
     * (raw text) and the footer line {@code footer} (raw text), its ratings on {@code scale}.
     */
    ReportDocument(OutputStream out, Rectangle size, String title, String footer, RatingScale scale) {
        fonts = ReportFonts.create();
        cells = new Cells(fonts, new Palette(scale));
        document = new Document(size, 36, 36, 40, 48);
        writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumbers(fonts, cells.clean(footer, SafeText.NAME)));
        document.addTitle(cells.clean(title, SafeText.NAME));
        document.addCreator("Assessor");
        document.open();
    }

    /** Adds {@code element}. */
    void add(Element element) {
        document.add(element);
    }

    /** A report title. */
    void title(String text) {
        add(line(cells.clean(text, SafeText.NAME), fonts.bold(18, Palette.ACCENT), 0, 6));
    }

    /** A subtitle, such as the name of the site a report is about. */
    void subtitle(String text) {
        add(line(cells.clean(text, SafeText.NAME), fonts.bold(15), 0, 8));
    }

    /** A heading. */
    void heading(String text) {
        add(line(cells.clean(text, SafeText.NAME), fonts.bold(12, Palette.ACCENT), 8, 2));
    }

    /** A paragraph of plain text. */
    void text(String text) {
        add(line(cells.clean(text, SafeText.TEXT), fonts.regular(Cells.BODY), 0, 4));
    }

    /**
     * One borderless, full-width cell of {@code text}: unlike a bare paragraph, a table cell
     * orders right-to-left runs by the bidi algorithm and wraps words longer than the line.
     */
    private static PdfPTable line(String text, Font font, float before, float after) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.setSplitLate(true);
        table.addCell(cell);
        return table;
    }

    /** Starts a new page. */
    void newPage() {
        document.newPage();
    }

    /** An instant as the reports print it, e.g. {@code 21 Nov 2026 10:00 UTC}. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public void close() {
        document.close();
    }
}
