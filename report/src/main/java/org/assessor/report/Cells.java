package org.assessor.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.assessor.core.Rating;

/**
 * Table cells for one report: every text is cleaned with {@link SafeText} for the report's font,
 * and every cell orders mixed left-to-right and right-to-left text by the bidi algorithm.
 */
final class Cells {
    static final float SMALL = 7.5f;
    static final float BODY = 8.5f;
    private final ReportFonts fonts;
    private final Palette palette;

    Cells(ReportFonts fonts, Palette palette) {
        this.fonts = fonts;
        this.palette = palette;
    }

    /** How the ratings of this report look. */
    Palette palette() {
        return palette;
    }

    /** {@code text} cleaned for the regular face, cut at {@code limit} characters. */
    String clean(String text, int limit) {
        return SafeText.clean(text, fonts.regular, limit);
    }

    /** A body-text cell; line breaks in {@code text} are kept. */
    PdfPCell text(String text) {
        return cell(SafeText.lines(text, fonts.regular, SafeText.TEXT), fonts.regular(BODY), null);
    }

    /** A body-text cell of a name or title. */
    PdfPCell name(String text) {
        return cell(clean(text, SafeText.NAME), fonts.regular(BODY), null);
    }

    /** A bold cell of a name or title on {@code background} (null for none). */
    PdfPCell strong(String text, Color background) {
        return cell(clean(text, SafeText.NAME), fonts.bold(BODY), background);
    }

    /** A column header. */
    PdfPCell header(String text) {
        return cell(clean(text, SafeText.NAME), fonts.bold(SMALL), Palette.HEADER);
    }

    /**
     * A borderless title row across {@code columns} columns, for a table's first header row: it
     * repeats on every page the table runs onto and is never left alone at the foot of a page.
     */
    PdfPCell caption(String text, int columns, boolean large) {
        Font font = large ? fonts.bold(12, Palette.ACCENT) : fonts.bold(BODY);
        PdfPCell cell = cell(clean(text, SafeText.NAME), font, null);
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(large ? 8 : 3);
        return cell;
    }

    /** A cell that stands out: large white text on the accent colour. */
    PdfPCell highlight(String text) {
        PdfPCell cell = cell(clean(text, SafeText.NAME), fonts.bold(13, Color.WHITE), Palette.ACCENT);
        cell.setPadding(8);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2);
        return cell;
    }

    /** A right-aligned number. */
    PdfPCell number(String text) {
        PdfPCell cell = cell(text, fonts.regular(BODY), null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A cell in the colour of {@code rating}, with its letter and, if {@code words}, its label. */
    PdfPCell rating(Rating rating, boolean words) {
        String text = words ? palette.letter(rating) + "  " + palette.label(rating) : palette.letter(rating);
        PdfPCell cell = cell(text, fonts.bold(BODY, palette.ink(rating)), palette.fill(rating));
        cell.setHorizontalAlignment(words ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
        return cell;
    }

    /** A table of {@code widths} (relative) across the full text width, its first row repeated on every page. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
