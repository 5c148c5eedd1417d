package org.assessor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.assessor.RuleSetFiles;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationAborted;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.fact.SubmissionFact;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * Mutates the fixture's rule files at random with the pieces escape attempts are made of (quotes,
 * text blocks, comment markers, unicode escapes, brackets, keywords, calls that reach outside) and
 * compiles them with the guard: every mutant either compiles or is refused with its problems; the
 * guard never fails in any other way (which would be a 500 on upload), never gives up on a rule
 * it could not judge, and a mutant that compiles never runs a payload.
 */
class RuleFileFuzzTest {
    private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "assessor-fuzz-marker");
    private static final String PAYLOAD = "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER + "\"))";
    private static final List<String> PIECES = List.of("\"", "\"\"\"", "'", "\\u0022", "\\u000a", "/*", "*/", "//",
            "\n", "\r", "\t", "(", ")", "[", "]", "{", "}", ";", ",", ":", "$c", "$x", ".", "->", "::", "#", "@",
            "\\", "end\n", "then\n", "when\n", "rule \"x\"\n", "insertLogical( ", "new ", "System.exit(0)",
            ".getClass()", PAYLOAD, "eval( ", " from ", " not ", "salience 9 ", "\u202e", "\u200b", "é",
            "Rating.MET", " + ", " == ", " || ", "0.5", "-1", "null", "this");
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(new SandboxGuard());
    private static final RuleSetFiles DEMO = RuleSetFiles.demo();
    private static final List<String> FILES = List.copyOf(DEMO.source().ruleFiles());

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void everyMutantIsCompiledOrRefusedAndNoPayloadRuns(@ForAll long seed) {
        Random random = new Random(seed);
        String file = FILES.get(random.nextInt(FILES.size()));
        String mutant = mutate(DEMO.text(file), random);
        try {
            CompiledRuleSet compiled = COMPILER.compile(DEMO.with(file, mutant).source());
            Statistics.collect("compiled");
            run(compiled);
        } catch (RuleSetInvalid refused) {
            Statistics.collect("refused");
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.message()).isNotBlank().doesNotContain("could not be judged");
                assertThat(p.file()).isNotBlank();
            });
        }
        assertThat(Files.exists(MARKER)).as("a payload ran").isFalse();
    }

    @AfterContainer
    static void noMarkerLeft() throws Exception {
        assertThat(Files.deleteIfExists(MARKER)).as("a payload ran").isFalse();
    }

    private static void run(CompiledRuleSet compiled) {
        try {
            new RuleRunner(EvaluationLimits.DEFAULT).run(compiled, List.of(new SubmissionFact("demo", "self", 1)));
        } catch (EvaluationAborted e) {
            Statistics.collect("aborted");
        }
    }

    /** A place just inside a string literal or a comment, where a piece may survive parsing; else {@code otherwise}. */
    private static int insideTextOrComment(StringBuilder text, Random random, int otherwise) {
        for (int tries = 0; tries < 20; tries++) {
            int at = random.nextInt(text.length());
            char c = text.charAt(at);
            if (c == '"' || c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '/') {
                return at + (c == '"' ? 1 : 2);
            }
        }
        return otherwise;
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutant = new StringBuilder(text);
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            int at = random.nextInt(mutant.length() + 1);
            if (random.nextBoolean()) {
                at = insideTextOrComment(mutant, random, at);
            }
            switch (random.nextInt(5)) {
                case 0, 3 -> mutant.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 4 -> mutant.insert(at, random.nextBoolean() ? " " : "\n");
                case 1 -> mutant.delete(at, Math.min(mutant.length(), at + 1 + random.nextInt(12)));
                default -> {
                    int end = Math.min(mutant.length(), at + 1 + random.nextInt(40));
                    mutant.insert(random.nextInt(mutant.length() + 1), mutant.substring(at, end));
                }
            }
        }
        return mutant.toString();
    }
}
