package org.assessor;

import java.math.BigDecimal;
import org.assessor.rules.ThresholdTable;

/**
 * Writes a threshold table's rating rules the way Drools spreadsheets say them, for tests that
 * need a decision table (the path an auditor's {@code .drl.csv} or {@code .drl.xlsx} takes):
 * one row per criterion and rating, and a DRL file for the critical criteria.
 */
public final class DecisionTables {
    private DecisionTables() {
    }

    /** The decision table, as CSV, that rates like {@code table} with {@code answeredAtLeast}. */
    public static String of(ThresholdTable table, String answeredAtLeast) {
        StringBuilder csv = new StringBuilder("""
                "RuleSet","assessor.rules"
                "Import","org.assessor.rules.fact.*"
                "Notes","Generated from a threshold table, one row per criterion and rating."

                "RuleTable rate criteria"
                "NAME","CONDITION","CONDITION","CONDITION","CONDITION","ACTION"
                ,"$e : CriterionEvidence...","$e : CriterionEvidence...","$e : CriterionEvidence...","$e : CriterionEvidence...",
                ,"criterionId == \"\"$param\"\"","coverage >= $param, applicable > 0","share >= $param","share < $param","insertLogical( RespondentRating.of( $e, Rating.$param ) );"
                "Rule name","Criterion","Answered at least","Share of points at least","Share of points below","Rating"
                """);
        for (ThresholdTable.Row row : table.rows()) {
            for (int i = 0; i < table.ratings().size(); i++) {
                BigDecimal from = row.from().get(i);
                String atLeast = i == 0 || from.signum() > 0 ? from.toPlainString() : "";
                String below = i == 0 ? "" : row.from().get(i - 1).toPlainString();
                csv.append('"').append(row.criterionId()).append(' ').append(table.ratings().get(i)).append("\",\"")
                        .append(row.criterionId()).append("\",").append(answeredAtLeast).append(',').append(atLeast)
                        .append(',').append(below).append(',').append(table.ratings().get(i).toUpperCase(java.util.Locale.ROOT)
                        .replace('-', '_')).append('\n');
            }
        }
        return csv.toString();
    }

    /** The rules that declare {@code table}'s critical criteria, as DRL. */
    public static String criticalRules(ThresholdTable table) {
        StringBuilder drl = new StringBuilder("package assessor.rules;\n\nimport org.assessor.rules.fact.*;\n\n");
        table.rows().stream().filter(ThresholdTable.Row::critical).forEach(row -> drl.append("rule \"")
                .append(row.criterionId()).append(" is critical: ").append(row.criticalBecause())
                .append("\"\nwhen\nthen\n    insertLogical( new CriticalCriterion( \"").append(row.criterionId())
                .append("\" ) );\nend\n\n"));
        return drl.toString();
    }
}
