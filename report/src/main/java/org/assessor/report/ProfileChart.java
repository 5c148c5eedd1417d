package org.assessor.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Counts;
import org.assessor.result.CriterionResult;
import org.assessor.result.StandardResult;

/**
 * The overall profile of one assessment, drawn as vector graphics: a row per standard with its
 * id and title, a box in the colour of the standard's rating with its letter, and a bar split
 * into the standard's criteria by rating, with the count in each part.
 */
final class ProfileChart {
    private static final float SIZE = 7.5f;
    private static final float LEGEND = 20;
    private static final float BADGE = 24;
    private static final Color INK = new Color(70, 70, 70);

    private ProfileChart() {
    }

    /** The chart of {@code standards}, {@code width} points wide, as an image to add to the document. */
    static Image of(PdfWriter writer, ReportFonts fonts, Palette palette, List<StandardResult> standards, float width) {
        float row = standards.size() > 30 ? Math.max(6, 480f / standards.size()) : 16;
        float height = standards.size() * row + LEGEND;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float labelWidth = width * 0.36f;
        float barX = labelWidth + BADGE + 6;
        float barWidth = width - barX - 2;
        for (int i = 0; i < standards.size(); i++) {
            StandardResult s = standards.get(i);
            float y = height - (i + 1) * row;
            String label = SafeText.clean(s.id() + "  " + s.title(), fonts.regular, SafeText.NAME);
            ColumnText.showTextAligned(t, Element.ALIGN_LEFT, new Phrase(SafeText.fit(label, fonts.regular, SIZE,
                    labelWidth - 4), fonts.regular(SIZE, INK)), 0, y + row / 2 - 2.5f, 0, PdfWriter.RUN_DIRECTION_LTR,
                    0);
            box(t, palette, labelWidth, y + 1.5f, BADGE, row - 3, s.rating());
            text(t, fonts.bold, Element.ALIGN_CENTER, palette.letter(s.rating()), labelWidth + BADGE / 2,
                    y + row / 2 - 2.5f, palette.ink(s.rating()));
            bar(t, fonts, palette, s, barX, y + 1.5f, barWidth, row - 3);
        }
        legend(t, fonts, palette);
        return Image.getInstance(t);
    }

    private static void bar(PdfTemplate t, ReportFonts fonts, Palette palette, StandardResult s, float x, float y,
                            float width, float height) {
        Counts counts = Counts.of(palette.scale(), s.criteria().stream().map(CriterionResult::rating).toList());
        if (counts.total() == 0) {
            return;
        }
        float at = x;
        for (Rating r : levels(palette)) {
            int n = counts.get(r);
            if (n == 0) {
                continue;
            }
            float w = width * n / counts.total();
            box(t, palette, at, y, w, height, r);
            if (w >= 10 && height >= 8) {
                text(t, fonts.bold, Element.ALIGN_CENTER, Integer.toString(n), at + w / 2, y + height / 2 - 2.5f,
                        palette.ink(r));
            }
            at += w;
        }
    }

    private static void legend(PdfTemplate t, ReportFonts fonts, Palette palette) {
        float x = 0;
        for (Rating r : levels(palette)) {
            box(t, palette, x, 2, 18, 10, r);
            text(t, fonts.bold, Element.ALIGN_CENTER, palette.letter(r), x + 9, 4.5f, palette.ink(r));
            text(t, fonts.regular, Element.ALIGN_LEFT, palette.label(r), x + 22, 4.5f, INK);
            x += 22 + fonts.regular.getWidthPoint(palette.label(r), SIZE) + 12;
        }
    }

    /** Every level of the scale, best first, then not-applicable and not-rated. */
    private static List<Rating> levels(Palette palette) {
        return palette.scale().levels().stream().map(RatingScale.Level::rating).toList();
    }

    private static void box(PdfTemplate t, Palette palette, float x, float y, float w, float h, Rating rating) {
        t.setColorFill(palette.fill(rating));
        t.setColorStroke(Palette.RULE);
        t.setLineWidth(0.5f);
        t.rectangle(x, y, w, h);
        t.fillStroke();
    }

    private static void text(PdfTemplate t, BaseFont font, int align, String text, float x, float y,
                             Color colour) {
        t.beginText();
        t.setFontAndSize(font, SIZE);
        t.setColorFill(colour);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }
}
