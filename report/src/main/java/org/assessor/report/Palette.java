package org.assessor.report;

import java.awt.Color;
import java.util.Locale;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * How ratings look in reports, as the questionnaire's scale declares them: a fill colour, an ink
 * colour that reads on it, a letter that reads without colour, and a label; and the colours of
 * the report itself.
 */
final class Palette {
    static final Color RULE = new Color(160, 160, 160);
    static final Color HEADER = new Color(228, 232, 238);
    static final Color BAND = new Color(245, 246, 248);
    static final Color ACCENT = new Color(31, 73, 125);
    static final Color IMPROVED = new Color(199, 233, 192);
    static final Color WORSENED = new Color(252, 187, 161);
    /** Fills darker than this (by perceived brightness, 0-255) take white ink. */
    private static final int DARK = 150;

    private final RatingScale scale;

    /** The look of the levels of {@code scale}, as it declares them. */
    Palette(RatingScale scale) {
        this.scale = scale;
    }

    RatingScale scale() {
        return scale;
    }

    /** The fill colour of {@code rating}: the colour its scale declares. */
    Color fill(Rating rating) {
        return Color.decode(scale.describe(rating).colour());
    }

    /** The text colour that reads on {@link #fill(Rating)}: white on dark fills, black on light ones. */
    Color ink(Rating rating) {
        Color fill = fill(rating);
        int brightness = (299 * fill.getRed() + 587 * fill.getGreen() + 114 * fill.getBlue()) / 1000;
        return brightness < DARK ? Color.WHITE : Color.BLACK;
    }

    /** The letter of {@code rating}, e.g. P: it reads without colour. */
    String letter(Rating rating) {
        return scale.describe(rating).letter();
    }

    /** The words of {@code rating}, e.g. {@code partly met}: its label, in lower case. */
    String label(Rating rating) {
        return scale.describe(rating).label().toLowerCase(Locale.ROOT);
    }
}
