package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assessor.RuleSetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxGuardTest {
    private final SandboxGuard guard = new SandboxGuard();

    private List<RuleProblem> check(String drl) {
        return guard.check(new DrlUnit("x.drl", drl, false));
    }

    private static String rule(String then) {
        return """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "r"
                when
                    $s : SubmissionFact()
                then
                """ + "    " + then + "\nend\n";
    }

    @Test
    void theFixtureRuleSetPasses() {
        RuleSetFiles demo = RuleSetFiles.demo();
        for (String file : demo.source().ruleFiles()) {
            assertThat(guard.check(new DrlUnit(file, demo.text(file), false))).as(file).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "System.exit(1);                                  | 'System' is not allowed",
            "Runtime.getRuntime();                            | 'Runtime' is not allowed",
            "new ProcessBuilder(\"sh\").start();              | 'ProcessBuilder' is not allowed",
            "new Thread(() -> {}).start();                    | 'Thread' is not allowed",
            "String n = $s.getClass().getName();              | 'getClass' is not allowed",
            "Object o = String.class;                         | class literals are not allowed",
            "java.nio.file.Files.delete(null);                | fully qualified name java.nio... is not allowed",
            "javax.script.ScriptEngine e = null;              | fully qualified name javax.script... is not allowed",
            "while (true) { }                                 | 'while' is not allowed",
            "for (int i = 0; i < 9; i++) { }                  | 'for' is not allowed",
            "drools.halt();                                   | 'drools' is not allowed",
            "kcontext.getKieRuntime();                        | 'kcontext' is not allowed",
            "retract($s);                                     | 'retract' is not allowed",
            "insert(new CriticalCriterion(\"x\"));            | 'insert' is not allowed",
            "Class.forName(\"x\");                            | 'Class' is not allowed"})
    void refusesWhatReachesOutsideTheEvaluation(String then, String message) {
        assertThat(check(rule(then))).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void refusesImportsBeyondFactsAndCollections() {
        assertThat(check("package p;\nimport java.io.File;\nimport java.util.List;\nimport static java.lang.Math.max;\n"))
                .extracting(RuleProblem::line).containsExactly(2, 4);
    }

    @Test
    void refusesGlobalsOrderingDevicesAndUnicodeEscapes() {
        assertThat(check("package p;\nglobal java.util.List out;\n")).isNotEmpty();
        assertThat(check(rule("insertLogical(new CriticalCriterion(\"x\"));").replace("when", "salience 10\nwhen")))
                .anySatisfy(p -> assertThat(p.message()).contains("'salience'"));
        assertThat(check(rule("insertLogical(new CriticalCriterion(\"x\"));").replace("when", "activation-group \"g\"\nwhen")))
                .anySatisfy(p -> assertThat(p.message()).contains("activation-group"));
        assertThat(check(rule("\\u0053ystem.exit(0);"))).anySatisfy(p -> assertThat(p.message()).contains("unicode escapes"));
    }

    @Test
    void ignoresWordsInStringsAndComments() {
        assertThat(check(rule("""
                // System.exit would be bad; while we are here: for ever
                insertLogical( new RecommendedAction( "A1", "1.1", Priority.HIGH, ActionLevel.TEAM,
                    "Ask the System team for a Runtime budget; do not delete anything, for a while." ) );
                /* java.io.File */""")))
                .isEmpty();
    }

    @Test
    void problemsInDecisionTablesPointAtTheirCell() {
        DrlUnit unit = new DrlUnit("t.drl.csv", "package p;\n// rule values at A11, header at A5\nrule \"r\"\n"
                + "when\nthen\n    System.exit(0);\nend\n", true);
        assertThat(guard.check(unit)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("t.drl.csv");
            assertThat(p.cell()).isEqualTo("A11");
        });
    }
}
