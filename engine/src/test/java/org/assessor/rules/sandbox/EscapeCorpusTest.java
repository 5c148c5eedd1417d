package org.assessor.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assessor.Fixture;
import org.assessor.RuleSetFiles;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.fact.SubmissionFact;
import org.assessor.verification.RuleSetVerifier;
import org.assessor.verification.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attempt of the escape corpus goes through what an upload goes through (compile, probes,
 * the rule set's own test cases): each is refused at its line, with a message that says what is
 * wrong, and its payload never runs (the marker file it would write does not exist afterwards).
 * The last test shows that the marker would catch a payload that ran.
 */
class EscapeCorpusTest {
    private final Fixture fixture = Fixture.get();
    private final RuleSetVerifier verifier = new RuleSetVerifier(fixture.questionnaires,
            new RuleSetCompiler(new SandboxGuard()), new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK);

    @TempDir
    Path dir;

    static List<EscapeAttempt> attempts() {
        return EscapeAttempt.all();
    }

    @Test
    void theCorpusHoldsTheAttemptsTheIssueNames() {
        assertThat(attempts()).hasSizeGreaterThanOrEqualTo(70);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void isRefusedAtItsLineAndLeavesNoTrace(EscapeAttempt attempt) {
        Path marker = dir.resolve("marker");
        Verification verification = verifier.verify(
                RuleSetFiles.demo().with("60-attempt.drl", attempt.aimedAt(marker)).source(), true);

        assertThat(verification.passed()).isFalse();
        assertThat(verification.compiled()).as("nothing of the attempt was compiled").isNull();
        assertThat(verification.allProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("60-attempt.drl");
            assertThat(p.line()).isEqualTo(attempt.line());
            assertThat(p.message()).contains(attempt.message());
        });
        assertThat(marker).doesNotExist();
    }

    @Test
    void withoutTheGuardAPayloadRunsAndTheMarkerShowsIt() throws Exception {
        Path marker = dir.resolve("ran");
        String drl = "package assessor.rules;\nimport org.assessor.rules.fact.*;\nrule \"payload\"\nwhen\n"
                + "    SubmissionFact()\nthen\n    java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                + marker.toAbsolutePath() + "\"));\nend\n";
        CompiledRuleSet unguarded = new RuleSetCompiler(RuleFileGuard.NONE)
                .compile(RuleSetFiles.demo().with("60-attempt.drl", drl).source());

        new RuleRunner(EvaluationLimits.DEFAULT).run(unguarded, List.of(new SubmissionFact("demo", "self", 1)));

        assertThat(Files.exists(marker)).isTrue();
    }
}
