package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assessor.BundledData;
import org.assessor.Fixture;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.SharedLayers;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code rules test} on every rule set of the repository: each must compile, pass the
 * static checks and pass all of its own test cases. One dynamic test per rule-set folder.
 */
class BundledRuleSetsTest {

    @TestFactory
    Stream<DynamicTest> everyBundledRuleSetPassesItsChecksAndItsOwnTests() throws IOException {
        QuestionnaireCatalog questionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
        RuleSetVerifier verifier = new RuleSetVerifier(questionnaires, new RuleSetCompiler(new SandboxGuard()),
                new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK);
        Path root = BundledData.ruleSets();
        try (Stream<Path> questionnaireFolders = Files.list(root)) {
            return questionnaireFolders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith(SharedLayers.FOLDER)).sorted()
                    .flatMap(BundledRuleSetsTest::versions)
                    .map(folder -> DynamicTest.dynamicTest(root.relativize(folder).toString(), () -> {
                        Verification v = verifier.verify(RuleSetSource.fromFolder(folder), true);
                        assertThat(v.allProblems()).as("problems of %s", folder).isEmpty();
                        assertThat(v.tests()).as("test cases of %s", folder).isNotEmpty();
                    }))
                    .toList().stream();
        }
    }

    private static Stream<Path> versions(Path questionnaireFolder) {
        try (Stream<Path> versions = Files.list(questionnaireFolder)) {
            return versions.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
