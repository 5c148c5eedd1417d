/**
 * PDF reports, drawn with OpenPDF: {@link org.assessor.report.AssessmentReport} for one
 * assessment result (for a site's board) and {@link org.assessor.report.ComparisonReport} for a
 * commissioner's comparison of sites. Both are pure functions of domain types: they read an
 * {@code AssessmentResult} or a {@code Comparison} and write PDF bytes, with no I/O of their own
 * beyond the output stream they are given.
 *
 * <p>Text is set in Liberation Sans, embedded (subset) from the {@code openpdf-fonts-extra} jar,
 * so accented Latin, Greek, Cyrillic and Hebrew print as written. Text that could come from
 * users (site names, titles, reasons) is cleaned first ({@link org.assessor.report.SafeText}):
 * control and bidi-override characters are removed, characters the font has no glyph for
 * (Arabic, CJK, emoji, ...) print as {@code ?}, and very long text is shortened. Long words wrap
 * inside table cells; right-to-left runs are ordered by the Unicode bidi algorithm.
 *
 * <p>Ratings are shown in colour (met green, partly-met amber, not-met red, not-applicable grey,
 * not-rated white) and always with a letter as well (M, P, N, NA, NR), so a report printed in
 * greyscale still reads.
 */
package org.assessor.report;
