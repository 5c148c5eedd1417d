package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.assessor.RuleSetFiles;
import org.assessor.rules.fact.RecommendedAction;
import org.assessor.rules.fact.SubmissionFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every way we tried to get past {@link SandboxGuard}: each is refused by the guard, at the
 * line it is on, and the rule set does not compile. The first test shows why this matters: the
 * same reflection, with no guard, reaches the class loader (and from there anything).
 */
class SandboxBypassTest {
    private final SandboxGuard guard = new SandboxGuard();
    private final RuleSetCompiler guarded = new RuleSetCompiler(guard);

    private static String file(String declarations, String when, String then) {
        return "package assessor.rules;\nimport org.assessor.rules.fact.*;\n" + declarations
                + "\nrule \"attempt\"\nwhen\n    SubmissionFact()\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("reflection through an enum's declaring class",
                        file("", "", "Object rt = Rating.MET.getDeclaringClass().getClassLoader()"
                                + ".loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"),
                        "'getDeclaringClass' is not allowed"),
                Arguments.of("reflection as MVEL properties in a pattern",
                        file("", "Rating( $l : declaringClass.classLoader ) from Rating.MET", ""),
                        "'declaringClass' is not allowed"),
                Arguments.of("reflection by a string index in MVEL",
                        file("", "Rating( $c : this[\"declaringClass\"] ) from Rating.MET", ""),
                        "indexing by a string is not allowed"),
                Arguments.of("the class pseudo-property in a pattern",
                        file("", "SubmissionFact( $c : class )", ""), "'class' is not allowed"),
                Arguments.of("a public method of the engine's own classes",
                        file("", "", "Object m = org.assessor.StrictJson.mapper().getTypeFactory();"),
                        "fully qualified name org.assessor... is not allowed"),
                Arguments.of("an inherited method of a fact",
                        file("", "", "Object c = Rating.MET.describeConstable();"), "'.describeConstable' is not allowed"),
                Arguments.of("a system property through Integer",
                        file("", "", "Integer i = Integer.getInteger(\"user.home\");"), "'.getInteger' is not allowed"),
                Arguments.of("a type from java.lang that is not a value",
                        file("", "", "Runnable r = null;"), "'Runnable' is not a type rule files may use"),
                Arguments.of("recursion through a lambda",
                        file("", "", "int[] d = {0}; Runnable[] h = new Runnable[1];"
                                + " h[0] = () -> { d[0]++; h[0].run(); h[0].run(); };"), "'->' is not allowed"),
                Arguments.of("recursion through a method reference",
                        file("", "", "Object f = Math::abs;"), "'::' is not allowed"),
                Arguments.of("recursion through an anonymous class",
                        file("", "", "Object r = new Object() { public String toString() { return toString(); } };"),
                        "anonymous classes are not allowed"),
                Arguments.of("recursion through a local record",
                        file("", "", "record R(int d) { long f() { return new R(d - 1).f(); } }"), "'record' is not allowed"),
                Arguments.of("recursion through a local class",
                        file("", "", "class L { int f(int n) { return f(n + 1); } }"), "'class' is not allowed"),
                Arguments.of("recursion through a DRL function",
                        file("function long f(int n) { return n == 0 ? 1 : f(n - 1) + f(n - 1); }", "", "long x = f(40);"),
                        "'function' is not allowed"),
                Arguments.of("recursion through a query",
                        file("query q(int n)\n    q(n + 1;)\nend", "", ""), "'query' is not allowed"),
                Arguments.of("a declared type", file("declare Foo\n    n : int\nend", "", ""), "'declare' is not allowed"),
                Arguments.of("an imported accumulate function",
                        file("import accumulate com.example.Evil evil;", "", ""), "import of accumulate is not allowed"),
                Arguments.of("custom accumulate code",
                        file("", "Number() from accumulate( AnswerFact(), init( Object o = null; ), "
                                + "action( o = System.getenv(); ), result( 1 ) )", ""), "'System' is not allowed"),
                Arguments.of("a static method in a from expression",
                        file("", "Object() from Thread.currentThread()", ""), "'Thread' is not allowed"),
                Arguments.of("an eval that reaches out",
                        file("", "eval( Runtime.getRuntime() != null )", ""), "'Runtime' is not allowed"),
                Arguments.of("a regular expression in a pattern (exponential on crafted answers)",
                        file("", "AnswerFact( value matches \"(a|a)*b\" )", ""), "'matches' is not allowed"),
                Arguments.of("a regular expression in a consequence",
                        file("", "", "String s = \"a\".replaceAll(\"(a|a)*b\", \"\");"), "'.replaceAll' is not allowed"),
                Arguments.of("unbounded string growth",
                        file("", "", "String s = \"x\".repeat(1000000000);"), "'.repeat' is not allowed"),
                Arguments.of("a format width bomb",
                        file("", "", "String s = String.format(\"%0999999999d\", 1);"), "'.format' is not allowed"),
                Arguments.of("a huge array", file("", "", "long[] a = new long[400000000];"), "arrays are not allowed"),
                Arguments.of("an MVEL loop", file("", "eval( until (false) { } )", ""), "'until' is not allowed"),
                Arguments.of("an MVEL function", file("", "eval( def f() { f() }; f() )", ""), "'def' is not allowed"),
                Arguments.of("MVEL's with block modifying a fact",
                        file("", "$s : SubmissionFact()", "with ($s) { respondents = 1 };"), "'with' is not allowed"),
                Arguments.of("a repeating timer", file("", "", "").replace("rule \"attempt\"\n",
                        "rule \"attempt\" timer (int: 0 1s)\n"), "'timer' is not allowed"),
                Arguments.of("a window over events",
                        file("", "AnswerFact() over window:length( 1000 )", ""), "'window' is not allowed"),
                Arguments.of("a thread's lock", file("", "", "synchronized (Rating.MET) { }"),
                        "'synchronized' is not allowed"),
                Arguments.of("a unicode escape spelling System",
                        file("", "", "\\u0053ystem.exit(0);"), "unicode escapes are not allowed"),
                Arguments.of("a fully qualified JDK type",
                        file("", "", "java.lang.Runtime.getRuntime();"), "fully qualified name java.lang... is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void isRefusedAtItsLineAndNeverCompiled(String attempt, String drl, String message) {
        List<RuleProblem> problems = guard.check(new DrlUnit("60-attempt.drl", drl, false));

        assertThat(problems).as(attempt).anySatisfy(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isGreaterThan(2);
        });
        assertThatThrownBy(() -> guarded.compile(RuleSetFiles.demo().with("60-attempt.drl", drl).source()))
                .isInstanceOf(RuleSetInvalid.class);
    }

    @Test
    void withoutTheGuardTheSameReflectionReachesTheClassLoader() {
        String drl = file("", "", "insertLogical( new RecommendedAction( \"X\", \"1.1\", Priority.HIGH, ActionLevel.TEAM,"
                + " \"\" + Rating.MET.getDeclaringClass().getClassLoader() ) );");
        CompiledRuleSet unguarded = new RuleSetCompiler(RuleFileGuard.NONE)
                .compile(RuleSetFiles.demo().with("60-attempt.drl", drl).source());
        try {
            Outcomes outcomes = new RuleRunner(EvaluationLimits.DEFAULT)
                    .run(unguarded, List.of(new SubmissionFact("demo", "self", 1)));
            assertThat(outcomes.all(RecommendedAction.class)).anySatisfy(a ->
                    assertThat(a.text()).containsIgnoringCase("ClassLoader"));
        } finally {
            unguarded.dispose();
        }
    }

    @Test
    void aHugeRuleFileIsCheckedWithoutOverflowingTheStack() {
        String drl = file("", "", "Object o = java" + ".a".repeat(50_000) + ";\n    String s = \"" + "x".repeat(100_000)
                + "\";");
        assertThat(guard.check(new DrlUnit("60-huge.drl", drl, false)))
                .anySatisfy(p -> assertThat(p.message()).contains("fully qualified name java.a..."));
    }

    @Test
    void plainRulesOverFactsStringsNumbersAndListsPass() {
        String drl = """
                package assessor.rules;
                import org.assessor.rules.fact.*;
                import java.util.List;

                rule "plain"
                when
                    $s : SubmissionFact( respondents > 0, questionnaireId.startsWith( "de" ) )
                    $ratings : List( size >= 0 ) from collect( RespondentRating() )
                    StandardCap( ceiling.rank < Rating.MET.rank ) or eval( Math.max( 1, $s.respondents() ) > 0 )
                then
                    String text = "java.lang." + "Runtime";
                    insertLogical( new RecommendedAction( "P1", "1.1", Priority.HIGH, ActionLevel.TEAM,
                        text.toUpperCase() + String.valueOf( $ratings.size() ) + Math.round( 0.75 * 100 ) ) );
                end
                """;
        assertThat(guard.check(new DrlUnit("60-plain.drl", drl, false))).isEmpty();
        guarded.compile(RuleSetFiles.demo().with("60-plain.drl", drl).source()).dispose();
    }
}
