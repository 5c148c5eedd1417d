package org.assessor.rules;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assessor.rules.fact.PolicyValues;

/**
 * The {@code policy.csv} of a rule set: the named values its rating policy is written with
 * (shares a roll-up needs, the points of each answer level, the share of a criterion's questions
 * a respondent must answer). Columns {@code name,value,meaning}; one value per row. Rules read
 * them from {@link PolicyValues}; threshold tables read {@code answered at least}; results read
 * {@code agreement low below}.
 */
public final class PolicyTable {
    /** The file's name in a rule-set folder. */
    public static final String FILE = "policy.csv";
    /** The policy value every threshold table needs: the least share of a criterion's questions answered. */
    public static final String ANSWERED_AT_LEAST = "answered at least";
    /**
     * The policy value below which agreement between respondents is flagged low (an r<sub>wg</sub>
     * from 0 to 1; see {@link org.assessor.agreement.Agreement}). Optional: without it a rule set
     * flags below {@link org.assessor.agreement.Agreement#DEFAULT_LOW_BELOW}.
     */
    public static final String AGREEMENT_LOW_BELOW = "agreement low below";
    private static final List<String> HEADER = List.of("name", "value", "meaning");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9 .:()-]{0,79}");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

    private PolicyTable() {
    }

    /**
     * The values of the rule set's {@code policy.csv}, or empty if it has none; each problem goes
     * to {@code problems} with its line.
     */
    public static Optional<PolicyValues> read(RuleSetSource source, List<RuleProblem> problems) {
        if (!source.has(FILE)) {
            return Optional.empty();
        }
        return Optional.of(read(new String(source.bytes(FILE), StandardCharsets.UTF_8), problems));
    }

    /** The values of the table {@code text}; each problem goes to {@code problems} with its line. */
    public static PolicyValues read(String text, List<RuleProblem> problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(text);
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.inFile(FILE, e.getMessage()));
            return PolicyValues.of(values);
        }
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::toLowerCase).toList().equals(HEADER)) {
            problems.add(RuleProblem.atLine(FILE, 1, "the first row must be the header name,value,meaning"));
            return PolicyValues.of(values);
        }
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String name = row.cell(0);
            if (row.cells().size() > HEADER.size()) {
                problems.add(RuleProblem.atLine(FILE, row.line(), "a row has three cells: name, value and meaning "
                        + "(put a meaning with commas in double quotes)"));
            } else if (!NAME.matcher(name).matches()) {
                problems.add(RuleProblem.atLine(FILE, row.line(), "'" + Tables.excerpt(name) + "' is not a policy value"
                        + " name: lower-case letters, digits, spaces and . : ( ) -, at most 80"));
            } else if (values.containsKey(name)) {
                problems.add(RuleProblem.atLine(FILE, row.line(), "'" + name + "' is given twice"));
            } else {
                Tables.number(row.cell(1), LIMIT.negate(), LIMIT).ifPresentOrElse(v -> values.put(name, v),
                        () -> problems.add(RuleProblem.atLine(FILE, row.line(), "the value of '" + name + "' must be a"
                                + " number from -1000000 to 1000000, not '" + Tables.excerpt(row.cell(1)) + "'")));
            }
        }
        return PolicyValues.of(values);
    }
}
