package org.assessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    private final BaseFont font = ReportFonts.create().regular;

    @Test
    void glyphsTheFontHasArePrintedAsWritten() {
        assertThat(SafeText.clean("Zürich, Ærø, Ελλάδα, Москва, שלום", font, 100))
                .isEqualTo("Zürich, Ærø, Ελλάδα, Москва, שלום");
    }

    @Test
    void glyphsTheFontLacksBecomeQuestionMarks() {
        assertThat(SafeText.clean("a😀b精c", font, 100)).isEqualTo("a?b?c");
    }

    @Test
    void controlCharactersBecomeSpacesAndBidiOverridesDisappear() {
        assertThat(SafeText.clean("a\tb\nc\u0007d\u202Ee\u200Df", font, 100)).isEqualTo("a b c de" + "f");
        assertThat(SafeText.lines("a\r\nb\rc\nd", font, 100)).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(SafeText.clean("abcdef", font, 3)).isEqualTo("abc…");
        assertThat(SafeText.clean("abc", font, 3)).isEqualTo("abc");
        assertThat(SafeText.clean(null, font, 3)).isEmpty();
    }

    @Test
    void labelsAreFittedToAWidth() {
        String fitted = SafeText.fit("The organisation is ready for change", font, 8, 60);

        assertThat(fitted).endsWith("…");
        assertThat(font.getWidthPoint(fitted, 8)).isLessThanOrEqualTo(60);
        assertThat(SafeText.fit("short", font, 8, 60)).isEqualTo("short");
    }
}
