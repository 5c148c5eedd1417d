package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.assessor.BundledData;
import org.assessor.DecisionTables;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.api.Test;

/**
 * An auditor who breaks a decision table is told the file, the spreadsheet row and, where it can
 * be told, the cell. Each test breaks one thing in the readiness-for-change criterion table,
 * written as a decision table from the rule set's threshold table (CSV,
 * one line per row: columns A rule name, B criterion, C answered at least, D share at least,
 * E share below, F rating) and compiles it.
 */
class DecisionTableErrorsTest {
    private static final String TABLE = "20-rate-criteria.drl.csv";
    private static final String MANIFEST = """
            {"questionnaireId": "readiness-for-change", "version": "0.0.1", "questionnaireVersion": "1.0.0",
             "date": "2026-11-21", "notes": "broken on purpose"}
            """;

    private final RuleSetCompiler compiler = new RuleSetCompiler(RuleFileGuard.NONE);
    private final List<String> rows = bundledTable();

    @Test
    void theUnbrokenTableCompiles() {
        compiler.compile(source(String.join("\n", rows)));
    }

    @Test
    void aMistypedNumberIsReportedAtItsCell() {
        int row = rowOf("S1.b partly-met");
        List<RuleProblem> problems = problems(row, line -> line.replace(",0.4,0.75,", ",0..4,0.75,"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(TABLE);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("D" + row);
            assertThat(p.message()).contains("mismatched input").doesNotContain("Line ");
        });
    }

    @Test
    void aWordWhereANumberBelongsIsReportedAtItsCellAlthoughDroolsGivesNoLine() {
        int row = rowOf("T2.a partly-met");
        List<RuleProblem> problems = problems(row, line -> line.replace(",0.4,0.75,", ",0.4,most,"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("E" + row);
            assertThat(p.message()).contains("share < most").doesNotContain("[Near");
        });
    }

    @Test
    void anUnknownRatingIsReportedAtItsCell() {
        int row = rowOf("A3.c partly-met");
        List<RuleProblem> problems = problems(row, line -> line.replace(",PARTLY_MET", ",PARTLY"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("F" + row);
            assertThat(p.message()).contains("PARTLY cannot be resolved");
        });
    }

    @Test
    void aMisspeltRatingAsLongAsTheCriterionIdIsReportedAtItsCellNotAtTheCriterion() {
        int row = rowOf("S2.b met");
        List<RuleProblem> problems = problems(row, line -> line.replace(",MET", ",MEET"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).as("the message names the rule, whose name holds the criterion id")
                    .isEqualTo("F" + row);
            assertThat(p.message()).contains("MEET cannot be resolved");
        });
    }

    @Test
    void aBrokenConditionInTheHeaderIsReportedOnceForEveryRowItBreaks() {
        List<String> broken = new ArrayList<>(rows);
        int header = rows.indexOf(rows.stream().filter(r -> r.contains("\"share >= $param\"")).findFirst().orElseThrow());
        broken.set(header, rows.get(header).replace("\"share >= $param\"", "\"shares >= $param\""));
        TreeSet<Integer> rowsWithAMinimumShare = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).matches("\"[^\"]+ (met|partly-met)\",.*")) {
                rowsWithAMinimumShare.add(i + 1);
            }
        }

        List<RuleProblem> problems = problemsOf(String.join("\n", broken));

        assertThat(problems).allSatisfy(p -> assertThat(p.cell()).isEqualTo("D" + p.line()));
        assertThat(new TreeSet<>(problems.stream().map(RuleProblem::line).toList()))
                .isEqualTo(rowsWithAMinimumShare);
    }

    @Test
    void aValueOutsideTheTableIsRejectedAtItsCell() {
        int row = rowOf("N1.a met");
        List<RuleProblem> problems = problems(row, line -> line + ",extra");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(TABLE);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("G" + row);
            assertThat(p.message()).contains("does not have an 'ACTION' or 'CONDITION' column header");
        });
    }

    @Test
    void aTableWithoutItsColumnTypesIsRejectedAtTheFirstCellThatIsNotOne() {
        List<String> broken = new ArrayList<>(rows);
        broken.removeIf(r -> r.startsWith("\"NAME\",\"CONDITION\""));
        int objectTypes = broken.indexOf(broken.stream().filter(r -> r.contains("CriterionEvidence..."))
                .findFirst().orElseThrow()) + 1;

        assertThat(problemsOf(String.join("\n", broken))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(objectTypes);
            assertThat(p.cell()).isEqualTo("B" + objectTypes);
            assertThat(p.message()).contains("Invalid column header");
        });
    }

    @Test
    void aQuoteLeftOpenIsReportedAtItsRowBecauseTheRowLosesItsAction() {
        int row = rowOf("S2.b met");
        List<RuleProblem> problems = problems(row, line -> line.replace("\"S2.b\",", "\"S2.b,"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("A" + row);
            assertThat(p.message()).contains("has no action").contains("quote");
        });
    }

    @Test
    void codeSmuggledIntoACellIsRefusedByTheGuardAtThatCell() {
        int row = rowOf("S1.b met");
        List<String> broken = new ArrayList<>(rows);
        broken.set(row - 1, rows.get(row - 1).replace(",MET", ",\"MET ) ); System.exit( 0 ); "
                + "insertLogical( RespondentRating.of( $e, Rating.MET\""));

        RuleSetInvalid e = catchThrowableOfType(RuleSetInvalid.class, () -> new RuleSetCompiler(new SandboxGuard())
                .compile(source(String.join("\n", broken))));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(TABLE);
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.cell()).isEqualTo("F" + row);
            assertThat(p.message()).contains("a consequence may only conclude");
        });
    }

    @Test
    void anExpressionErrorInADrlFileIsPlacedAtItsLine() {
        String drl = """
                package assessor.rules;
                import org.assessor.rules.fact.*;
                rule "S1.a met"
                when
                    $e : CriterionEvidence( criterionId == "S1.a", share >= lots )
                then
                    insertLogical( RespondentRating.of( $e, Rating.MET ) );
                end
                """;
        RuleSetInvalid e = catchThrowableOfType(RuleSetInvalid.class, () -> compiler.compile(RuleSetSource.of(Map.of(
                "manifest.json", bytes(MANIFEST), "20-rate.drl", bytes(drl)))));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("20-rate.drl");
            assertThat(p.line()).isEqualTo(5);
        });
    }

    private List<RuleProblem> problems(int row, UnaryOperator<String> breakRow) {
        List<String> broken = new ArrayList<>(rows);
        broken.set(row - 1, breakRow.apply(rows.get(row - 1)));
        assertThat(broken.get(row - 1)).as("the row was changed").isNotEqualTo(rows.get(row - 1));
        return problemsOf(String.join("\n", broken));
    }

    private List<RuleProblem> problemsOf(String table) {
        RuleSetInvalid e = catchThrowableOfType(RuleSetInvalid.class, () -> compiler.compile(source(table)));
        assertThat(e).as("the broken table is rejected").isNotNull();
        return e.problems();
    }

    private int rowOf(String ruleName) {
        int index = rows.indexOf(rows.stream().filter(r -> r.startsWith("\"" + ruleName + "\","))
                .findFirst().orElseThrow());
        return index + 1;
    }

    private static RuleSetSource source(String table) {
        return RuleSetSource.of(Map.of("manifest.json", bytes(MANIFEST), TABLE, bytes(table)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bundled readiness-for-change threshold table, written as a decision table. */
    private static List<String> bundledTable() {
        try {
            String thresholds = Files.readString(BundledData.ruleSets().resolve("readiness-for-change/1.0.0/"
                    + "20-thresholds.csv"));
            return DecisionTables.of(ThresholdTable.read("20-thresholds.csv", thresholds, new java.util.ArrayList<>()),
                    "0.5").lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
