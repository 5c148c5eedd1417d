package org.assessor.report;

import java.awt.Color;
import org.assessor.rules.fact.Rating;

/**
 * How ratings look in reports: a fill colour, an ink colour that reads on it, a letter that
 * reads without colour, and a label.
 */
final class Palette {
    static final Color MET = new Color(26, 152, 80);
    static final Color PARTLY_MET = new Color(253, 174, 97);
    static final Color NOT_MET = new Color(215, 48, 39);
    static final Color NOT_APPLICABLE = new Color(191, 191, 191);
    static final Color NOT_RATED = Color.WHITE;
    static final Color RULE = new Color(160, 160, 160);
    static final Color HEADER = new Color(228, 232, 238);
    static final Color BAND = new Color(245, 246, 248);
    static final Color ACCENT = new Color(31, 73, 125);
    static final Color IMPROVED = new Color(199, 233, 192);
    static final Color WORSENED = new Color(252, 187, 161);

    private Palette() {
    }

    /** The fill colour of {@code rating}. */
    static Color fill(Rating rating) {
        return switch (rating) {
            case MET -> MET;
            case PARTLY_MET -> PARTLY_MET;
            case NOT_MET -> NOT_MET;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case NOT_RATED -> NOT_RATED;
        };
    }

    /** The text colour that reads on {@link #fill(Rating)}. */
    static Color ink(Rating rating) {
        return rating == Rating.MET || rating == Rating.NOT_MET ? Color.WHITE : Color.BLACK;
    }

    /** The letter of {@code rating}: M, P, N, NA or NR. */
    static String letter(Rating rating) {
        return switch (rating) {
            case MET -> "M";
            case PARTLY_MET -> "P";
            case NOT_MET -> "N";
            case NOT_APPLICABLE -> "NA";
            case NOT_RATED -> "NR";
        };
    }

    /** The words of {@code rating}, e.g. {@code partly met}. */
    static String label(Rating rating) {
        return rating.code().replace('-', ' ');
    }
}
