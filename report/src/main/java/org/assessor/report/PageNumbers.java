package org.assessor.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a footer on every page: a line of context on the left and "page X of Y" on the right.
 * Y is not known until the document closes, so each page shows a shared template that is filled
 * in at the end.
 */
final class PageNumbers extends PdfPageEventHelper {
    private static final float SIZE = 7.5f;
    private static final float TOTAL_WIDTH = 24;
    private final ReportFonts fonts;
    private final String context;
    private PdfTemplate total;

    /** @param context the footer's left text, already clean */
    PageNumbers(ReportFonts fonts, String context) {
        this.fonts = fonts;
        this.context = context;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SIZE + 3);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 20;
        String page = "page " + writer.getPageNumber() + " of";
        float right = document.right() - TOTAL_WIDTH;
        float room = right - fonts.regular.getWidthPoint(page, SIZE) - document.left() - 12;
        Font font = fonts.regular(SIZE, Palette.RULE.darker());
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(SafeText.fit(context, fonts.regular, SIZE, room), font), document.left(), y, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
        // a space's width between "of" and the total, which is drawn later in the template
        float space = fonts.regular.getWidthPoint(" ", SIZE);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(page, font), right - space, y, 0);
        cb.addTemplate(total, right, y - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, SIZE);
        total.setColorFill(Palette.RULE.darker());
        total.showTextAligned(Element.ALIGN_LEFT, Integer.toString(writer.getPageNumber() - 1), 0, 2, 0);
        total.endText();
    }
}
