package org.assessor.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.Ids;

/**
 * A rule set's criterion threshold table (e.g. {@code 20-thresholds.csv}): for every criterion,
 * the share of points from which one respondent's answers earn each rating, and whether the
 * criterion is critical to its standard. The compiler turns it into rating rules, one per
 * criterion and rating, named {@code "<criterion> <rating>"}; the plain-Java benchmark reads it
 * as it is.
 *
 * <p>Columns: {@code criterion}; one {@code <rating> from} column per rated level of the
 * questionnaire's scale, best first (e.g. {@code met from,partly-met from,not-met from}; the
 * verifier checks them against the scale); then optionally {@code critical because}
 * and {@code note}. The row whose criterion is {@code *} is the default: an empty cell of any
 * other row takes its value. Every criterion the rules should rate has a row. A respondent's
 * answers earn the first rating whose threshold their share reaches; a {@code from} of 0 on the
 * last rating means "everything below the one before". A criterion with text in
 * {@code critical because} caps its standard (see the shared roll-up layer).
 */
public record ThresholdTable(String file, List<String> ratings, List<Row> rows) {
    /** How the name of a threshold table ends. */
    public static final String FILE_SUFFIX = "thresholds.csv";
    /** The criterion of the default row. */
    public static final String DEFAULT = "*";
    private static final Pattern FROM = Pattern.compile("(.+) from");
    private static final Pattern LEVEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final BigDecimal ONE = BigDecimal.ONE;

    /**
     * One criterion's thresholds, the default row's filled in.
     *
     * @param from           the least share of points for each rating, in the order of {@link #ratings()}
     * @param criticalBecause why the criterion is critical to its standard, or "" if it is not
     * @param line           its line in the file
     */
    public record Row(String criterionId, List<BigDecimal> from, String criticalBecause, String note, int line) {
        public Row {
            from = List.copyOf(from);
        }

        /** True if the criterion caps its standard. */
        public boolean critical() {
            return !criticalBecause.isEmpty();
        }
    }

    public ThresholdTable {
        ratings = List.copyOf(ratings);
        rows = List.copyOf(rows);
    }

    /** The row of {@code criterionId}, if the table has one. */
    public Optional<Row> row(String criterionId) {
        return rows.stream().filter(r -> r.criterionId().equals(criterionId)).findFirst();
    }

    /** The code of the rating a share of points {@code share} earns on criterion {@code row}, if any. */
    public Optional<String> rating(Row row, double share) {
        for (int i = 0; i < ratings.size(); i++) {
            if (share >= row.from().get(i).doubleValue()) {
                return Optional.of(ratings.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the table {@code text} of file {@code file}; each problem goes to {@code problems}
     * with its line, and the rows without problems are kept.
     */
    public static ThresholdTable read(String file, String text, List<RuleProblem> problems) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(text);
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.inFile(file, e.getMessage()));
            return new ThresholdTable(file, List.of(), List.of());
        }
        Header header = rows.isEmpty() ? null : Header.read(file, rows.get(0), problems);
        if (header == null) {
            if (rows.isEmpty()) {
                problems.add(RuleProblem.atLine(file, 1, "the table is empty: the first row must be the header, e.g. "
                        + "criterion,met from,partly-met from,not-met from,critical because,note"));
            }
            return new ThresholdTable(file, List.of(), List.of());
        }
        Map<String, CsvRows.Row> byCriterion = new LinkedHashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String id = row.cell(0);
            if (row.cells().size() > header.width()) {
                problems.add(RuleProblem.atLine(file, row.line(), "the row has " + row.cells().size() + " cells; the "
                        + "header has " + header.width() + " (put text with commas in double quotes)"));
            } else if (!id.equals(DEFAULT) && !Ids.isValid(id)) {
                problems.add(RuleProblem.atLine(file, row.line(), "'" + Tables.excerpt(id) + "' is not a criterion id ("
                        + Ids.RULE + ") or * for the default row"));
            } else if (byCriterion.putIfAbsent(id, row) != null) {
                problems.add(RuleProblem.atLine(file, row.line(), "criterion " + id + " has a row already, at line "
                        + byCriterion.get(id).line()));
            }
        }
        CsvRows.Row defaults = byCriterion.remove(DEFAULT);
        if (defaults == null) {
            problems.add(RuleProblem.atLine(file, 1, "the table has no default row: add one whose criterion is *, "
                    + "with a threshold for every rating"));
            return new ThresholdTable(file, header.ratings(), List.of());
        }
        List<Row> read = new ArrayList<>();
        for (CsvRows.Row row : byCriterion.values()) {
            header.row(file, row, defaults, problems).ifPresent(read::add);
        }
        return new ThresholdTable(file, header.ratings(), read);
    }

    /**
     * The rules the table stands for, as DRL: for each criterion, one rule per rating (a
     * respondent whose share of the criterion's points falls in its band, having answered at
     * least {@code answeredAtLeast} of its questions with at least one answer that applies,
     * rates it so), and one rule that declares it critical if it is.
     */
    public String toDrl(BigDecimal answeredAtLeast) {
        StringBuilder drl = new StringBuilder();
        drl.append("// Generated from ").append(file).append(": the rating rules of each criterion.\n")
                .append("package assessor.rules;\n\nimport org.assessor.rules.fact.*;\n");
        String coverage = plain(answeredAtLeast);
        for (Row row : rows) {
            drl.append('\n');
            for (int i = 0; i < ratings.size(); i++) {
                List<String> bounds = new ArrayList<>();
                BigDecimal from = row.from().get(i);
                if (i == 0 || from.signum() > 0) {
                    bounds.add("share >= " + plain(from));
                }
                if (i > 0) {
                    bounds.add("share < " + plain(row.from().get(i - 1)));
                }
                drl.append("rule \"").append(row.criterionId()).append(' ').append(ratings.get(i)).append("\"\n")
                        .append("when\n    $e : CriterionEvidence( criterionId == \"")
                        .append(row.criterionId()).append("\", coverage >= ").append(coverage).append(", applicable > 0, ")
                        .append(String.join(", ", bounds)).append(" )\nthen\n    insertLogical( RespondentRating.of( $e, \"")
                        .append(ratings.get(i)).append("\" ) );\nend\n\n");
            }
            if (row.critical()) {
                drl.append("rule \"").append(row.criterionId()).append(" is critical: ").append(row.criticalBecause())
                        .append("\"\nwhen\nthen\n    insertLogical( new CriticalCriterion( \"").append(row.criterionId())
                        .append("\" ) );\nend\n\n");
            }
        }
        return drl.toString();
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    /** The header: which rating each threshold column is for, and where the optional columns are. */
    private record Header(List<String> ratings, int critical, int note) {

        int width() {
            return 1 + ratings.size() + (critical > 0 ? 1 : 0) + (note > 0 ? 1 : 0);
        }

        static Header read(String file, CsvRows.Row row, List<RuleProblem> problems) {
            List<String> cells = row.cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            List<String> ratings = new ArrayList<>();
            int i = 1;
            for (; i < cells.size(); i++) {
                Matcher from = FROM.matcher(cells.get(i));
                if (!from.matches()) {
                    break;
                }
                String rating = from.group(1);
                if (!LEVEL.matcher(rating).matches() || ratings.contains(rating)) {
                    problems.add(RuleProblem.atLine(file, row.line(), "column '" + Tables.excerpt(cells.get(i))
                            + "': a threshold column is '<rating> from' for a rated level of the scale, each once"));
                    return null;
                }
                ratings.add(rating);
            }
            int critical = i < cells.size() && cells.get(i).equals("critical because") ? i++ : 0;
            int note = i < cells.size() && cells.get(i).equals("note") ? i++ : 0;
            if (cells.isEmpty() || !cells.get(0).equals("criterion") || ratings.isEmpty() || i != cells.size()) {
                problems.add(RuleProblem.atLine(file, row.line(), "the header must be criterion, then one '<rating> "
                        + "from' column per rating, best first, then optionally 'critical because' and 'note'"));
                return null;
            }
            return new Header(ratings, critical, note);
        }

        Optional<Row> row(String file, CsvRows.Row row, CsvRows.Row defaults, List<RuleProblem> problems) {
            int before = problems.size();
            List<BigDecimal> from = new ArrayList<>();
            for (int i = 0; i < ratings.size(); i++) {
                String cell = row.cell(1 + i).isEmpty() ? defaults.cell(1 + i) : row.cell(1 + i);
                int line = row.cell(1 + i).isEmpty() ? defaults.line() : row.line();
                Optional<BigDecimal> value = Tables.decimal(cell, BigDecimal.ZERO, ONE);
                if (value.isEmpty()) {
                    problems.add(RuleProblem.atLine(file, line, "the threshold for " + ratings.get(i) + " must be a share from 0"
                            + " to 1, not '" + Tables.excerpt(cell) + "'" + (cell.isEmpty() ? " (the default row "
                            + "needs one for every rating)" : "")));
                } else if (!from.isEmpty() && value.get().compareTo(from.get(from.size() - 1)) >= 0) {
                    problems.add(RuleProblem.atLine(file, row.line(), "criterion " + row.cell(0) + ": the threshold for "
                            + ratings.get(i) + " (" + cell + ") must be below the one for "
                            + ratings.get(i - 1) + " (" + plain(from.get(from.size() - 1)) + ")"));
                } else {
                    from.add(value.get());
                }
            }
            String because = critical > 0 ? row.cell(critical) : "";
            if (because.contains("\"") || because.contains("\\") || because.length() > 160) {
                problems.add(RuleProblem.atLine(file, row.line(), "'critical because' is plain text of at most 160 characters, without"
                        + " \" or \\"));
            }
            return problems.size() > before ? Optional.empty()
                    : Optional.of(new Row(row.cell(0), from, because, note > 0 ? row.cell(note) : "", row.line()));
        }
    }
}
