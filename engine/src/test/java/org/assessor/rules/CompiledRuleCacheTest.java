package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.assessor.BundledData;
import org.assessor.Fixture;
import org.assessor.StrictJson;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.fuzz.SubmissionGenerator;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled rule sets kept across restarts: a rule set read from the cache rates exactly as the
 * one compiled from its files, and an entry is used only for the very content hash, guard and
 * build that wrote it; anything else (corrupt, other content, another guard) is compiled again.
 */
class CompiledRuleCacheTest {
    private static final QuestionnaireCatalog QUESTIONNAIRES = QuestionnaireCatalog.load(BundledData.questionnaires());
    private final Evaluator evaluator = new Evaluator(QUESTIONNAIRES, new RuleSetRegistry(),
            new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK);
    private final SubmissionReader reader = new SubmissionReader(QUESTIONNAIRES);

    private static RuleSetSource bundled(String questionnaire) {
        return RuleSetSource.fromFolder(BundledData.ruleSets().resolve(questionnaire + "/1.1.0"));
    }

    @Test
    void aRuleSetReadFromTheCacheRatesExactlyAsTheCompiledOne(@TempDir Path folder) {
        for (String questionnaire : new String[] {"organisational-change", "readiness-for-change"}) {
            RuleSetSource source = bundled(questionnaire);
            CompiledRuleSet compiled = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder))
                    .compile(source);
            assertThat(compiled.fromCache()).isFalse();
            assertThat(folder.resolve(CompiledRuleCache.fileName(source.hash()))).isRegularFile();
            CompiledRuleSet cached = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder))
                    .compile(source);
            assertThat(cached.fromCache()).isTrue();
            assertThat(cached.units()).extracting(DrlUnit::file)
                    .containsExactlyElementsOf(compiled.units().stream().map(DrlUnit::file).toList());

            Questionnaire q = QUESTIONNAIRES.latest(questionnaire);
            SubmissionGenerator generator = new SubmissionGenerator(new Random(19), java.util.List.of(q));
            for (int i = 0; i < 150; i++) {
                Submission submission = reader.read(StrictJson.read(
                        generator.valid(q, "site-" + i).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                AssessmentResult expected = evaluator.evaluate(submission, compiled);
                assertThat(evaluator.evaluate(submission, cached)).as("%s submission %d", questionnaire, i)
                        .usingRecursiveComparison().isEqualTo(expected);
            }
        }
    }

    @Test
    void aCorruptEntryIsCompiledAgainAndReplaced(@TempDir Path folder) throws IOException {
        RuleSetSource source = bundled("readiness-for-change");
        new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(source);
        Path entry = folder.resolve(CompiledRuleCache.fileName(source.hash()));
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 100] ^= 0x55;
        Files.write(entry, bytes);

        CompiledRuleSet again = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder))
                .compile(source);
        assertThat(again.fromCache()).isFalse();
        assertThat(again.kieBase().getKiePackages()).flatMap(p -> p.getRules()).isNotEmpty();
        assertThat(new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(source)
                .fromCache()).as("replaced by a good entry").isTrue();

        Files.write(entry, new byte[] {1, 2, 3});
        assertThat(new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(source)
                .fromCache()).isFalse();
    }

    @Test
    void anEntryIsNeverUsedForOtherContent(@TempDir Path folder) throws IOException {
        RuleSetSource readiness = bundled("readiness-for-change");
        RuleSetSource change = bundled("organisational-change");
        new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(readiness);
        Files.move(folder.resolve(CompiledRuleCache.fileName(readiness.hash())),
                folder.resolve(CompiledRuleCache.fileName(change.hash())));

        CompiledRuleSet compiled = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder))
                .compile(change);
        assertThat(compiled.fromCache()).as("an entry renamed to another hash").isFalse();
        assertThat(compiled.id()).isEqualTo(change.id());
        assertThat(compiled.kieBase().getKiePackages()).flatMap(p -> p.getRules()).hasSizeGreaterThan(200);
    }

    @Test
    void anEntryOfAnotherGuardIsNotUsed(@TempDir Path folder) {
        RuleSetSource source = bundled("readiness-for-change");
        new RuleSetCompiler(RuleFileGuard.NONE, CompiledRuleCache.folderOnly(folder)).compile(source);
        assertThat(new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(source)
                .fromCache()).as("written by a compiler that did not judge the files").isFalse();
        assertThat(new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(folder)).compile(source)
                .fromCache()).isTrue();
    }

    @Test
    void withoutACacheEverythingIsCompiledAndNothingKept(@TempDir Path folder) throws IOException {
        CompiledRuleSet compiled = new RuleSetCompiler(new SandboxGuard()).compile(bundled("readiness-for-change"));
        assertThat(compiled.fromCache()).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
