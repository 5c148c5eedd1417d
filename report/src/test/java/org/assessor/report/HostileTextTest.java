package org.assessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class HostileTextTest {
    private static final String LONG_WORD = "W".repeat(10_000);

    @Test
    void aTenThousandCharacterWordWrapsAndIsCutInsteadOfBreakingThePage() {
        byte[] pdf = AssessmentReport.toPdf(Results.namedAs(LONG_WORD));

        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages).hasSizeLessThan(5);
        String cover = pages.get(0);
        assertThat(cover.lines().filter(l -> l.startsWith("WWWW"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line.length()).isLessThan(120));
        assertThat(Pdfs.flat(cover).replace(" ", "")).contains("W".repeat(SafeText.NAME) + "…");
    }

    @Test
    void rightToLeftAccentsEmojiCjkAndControlCharactersMakeAValidPdf() {
        String name = "Ærøskøbing Ñandú — שלום עולם — مرحبا بالعالم — 😀👩‍⚕️ — 精神卫生 — \u202Eevil\u0000\u0007\u001b[31m";
        AssessmentResult result = Results.namedAs(name);

        String text = Pdfs.text(AssessmentReport.toPdf(result));

        assertThat(text).contains("Ærøskøbing Ñandú", "שלום", "עולם", "evil");
        assertThat(text).doesNotContain("😀", "精", "م", "\u202E", "\u0007");
        assertThat(text).contains("?????");
    }

    @Test
    void unpairedSurrogatesAndLoneControlCharactersNeverThrow() {
        byte[] pdf = AssessmentReport.toPdf(Results.namedAs("\uD800 lone \uDFFF \u0000\u0085\u2028\uFFFF"));

        assertThat(Pdfs.text(pdf)).contains("lone");
    }
}
