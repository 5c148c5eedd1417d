package org.assessor.report;

import com.lowagie.text.pdf.BaseFont;

/**
 * Makes any text safe to set in a report with a given font. Never throws.
 *
 * <ul>
 *   <li>null becomes the empty string;</li>
 *   <li>tabs and other control characters become spaces, and so do line breaks unless lines are
 *       kept ({@link #lines});</li>
 *   <li>invisible format characters (bidi overrides and embeddings, zero-width joiners, ...)
 *       are removed, so text cannot reorder what follows it;</li>
 *   <li>a character the font has no glyph for, and an unpaired surrogate, becomes {@code ?};</li>
 *   <li>text longer than the limit is cut there and ends with {@code …}.</li>
 * </ul>
 */
final class SafeText {
    /** The longest name or title a report prints, in characters. */
    static final int NAME = 300;
    /** The longest free text (reasons, action texts) a report prints, in characters. */
    static final int TEXT = 2000;
    private static final String MORE = "\u2026";

    private SafeText() {
    }

    /** {@code text} made safe for {@code font}, at most {@code limit} characters (plus the ellipsis). */
    static String clean(String text, BaseFont font, int limit) {
        return clean(text, font, limit, false);
    }

    private static String clean(String text, BaseFont font, int limit, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit + 1));
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == limit) {
                out.append(MORE);
                break;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue;
            }
            if (cp == '\n' && keepLines) {
                out.append('\n');
            } else if (type == Character.CONTROL) {
                out.append(' ');
            } else if (type == Character.SURROGATE || type == Character.UNASSIGNED || !font.charExists(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
            count++;
        }
        return out.toString();
    }

    /**
     * {@code text} made safe for {@code font} line by line, keeping its line breaks (CR LF and CR
     * count as one), at most {@code limit} characters in all (plus the ellipsis).
     */
    static String lines(String text, BaseFont font, int limit) {
        if (text == null) {
            return "";
        }
        return clean(text.replace("\r\n", "\n").replace('\r', '\n'), font, limit, true);
    }

    /**
     * {@code text} (already clean) cut so that it fits {@code width} points at {@code size} in
     * {@code font}, ending with {@code …} when cut; for labels drawn outside of table cells.
     */
    static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        float room = width - font.getWidthPoint(MORE, size);
        int end = text.length();
        while (end > 0 && font.getWidthPoint(text.substring(0, end), size) > room) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + MORE;
    }
}
