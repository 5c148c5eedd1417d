package org.assessor.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's fonts: Liberation Sans regular and bold, embedded as Unicode (Identity-H)
 * subsets. The font files are read from the classpath once per JVM; each report gets its own
 * {@link BaseFont}s, so reports written at the same time share no mutable font state.
 */
final class ReportFonts {
    private static final byte[] REGULAR = read("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("liberation/LiberationSans-Bold.ttf");

    final BaseFont regular;
    final BaseFont bold;

    private ReportFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fresh fonts for one report. */
    static ReportFonts create() {
        return new ReportFonts(font("LiberationSans-Regular.ttf", REGULAR), font("LiberationSans-Bold.ttf", BOLD));
    }

    /** The regular face at {@code size} points, in black. */
    Font regular(float size) {
        return new Font(regular, size, Font.NORMAL, Color.BLACK);
    }

    /** The regular face at {@code size} points, in {@code colour}. */
    Font regular(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    /** The bold face at {@code size} points, in black. */
    Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, Color.BLACK);
    }

    /** The bold face at {@code size} points, in {@code colour}. */
    Font bold(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    private static BaseFont font(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the report font " + name, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource
                        + " is missing from the classpath (com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + resource, e);
        }
    }
}
