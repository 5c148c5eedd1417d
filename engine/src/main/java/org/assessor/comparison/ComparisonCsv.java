package org.assessor.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assessor.agreement.StandardAgreement;
import org.assessor.agreement.WithinGroupAgreement;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.Counts;

/**
 * A comparison as CSV (RFC 4180): a header row, then one row per assessment and standard, in
 * matrix order, with that standard's rating and the counts of its criterion ratings, one
 * column per level of the questionnaire's scale ({@code criteria_<level>}, best first, then
 * the not-applicable and not-rated levels), then the agreement between respondents on that
 * standard: {@code agreement}, its index (0 to 1, two decimals), and {@code low_agreement},
 * {@code yes} when the index is below the rule set's threshold and {@code no} otherwise; both
 * are empty where agreement is not measured (peer reviews, a single respondent).
 *
 * <p>Records end with CRLF. A field is quoted when it holds a comma, a double quote, CR or LF,
 * and its double quotes are doubled. The text is meant to be written as UTF-8 without a byte
 * order mark ({@code text/csv; charset=utf-8; header=present}). So that a spreadsheet never
 * takes text for a formula, free-text fields (site names, titles, cycle labels) that begin with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR are prefixed with an apostrophe, as
 * OWASP advises; ids, dates, ratings and counts never need it. Empty fields stand for null.
 */
public final class ComparisonCsv {
    private static final List<String> COLUMNS = List.of("site", "site_name", "assessment", "date", "cycle", "mode",
            "rule_set_version", "standard", "standard_title", "rating");
    private static final String CRLF = "\r\n";

    private ComparisonCsv() {
    }

    /** The CSV of {@code comparison}. */
    public static String toCsv(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        write(comparison, out);
        return out.toString();
    }

    /** Writes the CSV of {@code comparison} to {@code out}; an I/O failure is rethrown unchecked. */
    public static void write(Comparison comparison, Appendable out) {
        try {
            RatingScale scale = comparison.questionnaire().scale();
            record(out, header(scale));
            Map<String, String> titles = comparison.standards().stream()
                    .collect(Collectors.toMap(PooledItem::id, PooledItem::title));
            String version = comparison.ruleSet() == null ? null : comparison.ruleSet().version();
            for (MatrixRow row : comparison.matrix()) {
                for (Map.Entry<String, Rating> standard : row.ratings().entrySet()) {
                    record(out, fields(scale, row, version, standard.getKey(), titles.get(standard.getKey()),
                            standard.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison CSV", e);
        }
    }

    /** The header row's column names for a comparison on {@code scale}. */
    public static List<String> header(RatingScale scale) {
        List<String> header = new ArrayList<>(COLUMNS);
        scale.levels().forEach(l -> header.add("criteria_" + l.code().replace('-', '_')));
        header.add("agreement");
        header.add("low_agreement");
        return header;
    }

    private static List<String> fields(RatingScale scale, MatrixRow row, String version, String standardId,
                                       String title, Rating rating) {
        Counts criteria = row.criteria().getOrDefault(standardId, Counts.none(scale));
        List<String> fields = new ArrayList<>(List.of(
                row.site().id(), text(row.site().name()), orEmpty(row.assessment()),
                row.evaluatedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                text(row.cycle()), row.mode().code(), orEmpty(version), standardId,
                text(title), rating.code()));
        for (RatingScale.Level level : scale.levels()) {
            fields.add(Integer.toString(criteria.get(level.rating())));
        }
        StandardAgreement agreement = row.agreement().get(standardId);
        fields.add(agreement == null ? "" : new BigDecimal(Double.toString(agreement.index()))
                .setScale(WithinGroupAgreement.DECIMALS, RoundingMode.HALF_UP).toPlainString());
        fields.add(agreement == null ? "" : agreement.low() ? "yes" : "no");
        return fields;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Free text, defused so a spreadsheet shows it rather than evaluating it. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static void record(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** {@code field} as RFC 4180 wants it: quoted, quotes doubled, when it holds a comma, quote, CR or LF. */
    static String quoted(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
